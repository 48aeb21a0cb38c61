/**
 * The project document in JSON: {@link org.pmokit.core.json.ProjectJson} reads it into a
 * {@link org.pmokit.core.project.Project} and writes a project back, strictly by default, within
 * {@link org.pmokit.core.json.JsonLimits}, and with precise errors.
 *
 * <p>A structural problem is a {@link org.pmokit.core.json.ProjectFormatException} that names its
 * JSON pointer, line and column and what was expected and found; values that the model refuses
 * are all reported at once by an {@link org.pmokit.core.json.InvalidProjectException};
 * {@link org.pmokit.core.json.ProjectJson#readAndValidate(String) readAndValidate} returns a
 * {@link org.pmokit.core.json.ReadResult} with the valid project or every problem, including those
 * of {@link org.pmokit.core.validation.ProjectValidator}.
 *
 * <p>Jackson does the parsing and binding behind this package; no Jackson type is part of its API.
 */
package org.pmokit.core.json;
