/** The {@code bitext} command line: parses options, wires the stages, reports and sets the exit code. */
package org.bitext.cli;
