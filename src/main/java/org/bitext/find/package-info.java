/** Finding candidates: English originals embedded next to the Chinese span that may render them. */
package org.bitext.find;
