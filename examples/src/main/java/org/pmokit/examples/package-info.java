/**
 * Runnable examples and the demo.
 */
package org.pmokit.examples;
