/**
 * What every phase shares: the processor's options, the messages (one enum, one voice) and the
 * reporter that puts each on its element, and the runtime's names the processor generates against.
 */
package dev.switchboard.processor.diag;
