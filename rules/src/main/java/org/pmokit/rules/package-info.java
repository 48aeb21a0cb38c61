/**
 * Evaluation engines and rule packs. Engines are pure functions of a project and an evaluation context; rule packs turn their results into findings.
 */
package org.pmokit.rules;
