/** Helpers shared by several stages; not part of bitext's API. */
package org.bitext.internal;
