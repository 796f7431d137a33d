/** bitext: mines Chinese–English translation pairs from bilingual articles into parallel corpora. */
package org.bitext;
