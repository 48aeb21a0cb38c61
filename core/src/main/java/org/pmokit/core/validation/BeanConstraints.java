package org.pmokit.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.path.ContainerElementNode;
import org.hibernate.validator.path.PropertyNode;
import org.pmokit.core.project.Identified;
import org.pmokit.core.project.NonBlank;
import org.pmokit.core.project.Project;

/**
 * Checks the Jakarta constraints declared on the model with Hibernate Validator and turns each
 * constraint violation into a {@link Violation} whose path names entities by identifier.
 *
 * <p>The validator factory is built once, on first use, with the parameter message interpolator,
 * so no Expression Language implementation is needed.
 */
final class BeanConstraints {

    private BeanConstraints() {
    }

    /** Builds the factory on first use; the JVM makes this lazy and thread-safe. */
    private static final class Holder {
        static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }

    /**
     * Returns the shared validator, for hosts and benchmarks that want Hibernate Validator alone.
     *
     * @return the validator
     */
    static Validator validator() {
        return Holder.VALIDATOR;
    }

    static List<Violation> check(Project project) {
        Set<ConstraintViolation<Project>> found = Holder.VALIDATOR.validate(project);
        List<Violation> out = new ArrayList<>(found.size());
        for (ConstraintViolation<Project> cv : found) {
            out.add(toViolation(cv));
        }
        out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
        return out;
    }

    private static Violation toViolation(ConstraintViolation<?> cv) {
        String path = pathOf(cv.getPropertyPath());
        Annotation a = cv.getConstraintDescriptor().getAnnotation();
        Object value = cv.getInvalidValue();
        if (a instanceof NonBlank) {
            return Violation.of(path, ViolationCode.VALUE_BLANK, path);
        }
        if (a instanceof Size size) {
            int length = value instanceof CharSequence s ? s.length() : -1;
            return Violation.of(path, ViolationCode.VALUE_TOO_LONG, path, size.max(), length);
        }
        if (a instanceof Pattern pattern) {
            // The model gives a pattern's message as an example of the form ("3.1.2"), in no language.
            return Violation.of(path, ViolationCode.VALUE_MALFORMED, path, pattern.message(), quote(value));
        }
        if (a instanceof Max max) {
            return Violation.of(path, ViolationCode.VALUE_TOO_LARGE, path, max.value(), value);
        }
        if (a instanceof Min min) {
            return Violation.of(path, ViolationCode.VALUE_TOO_SMALL, path, min.value(), value);
        }
        return Violation.of(path, ViolationCode.VALUE_MALFORMED, path, cv.getMessage(), quote(value));
    }

    /**
     * Writes a Hibernate Validator path as {@code activities[A12].predecessors[0].lag}: list
     * elements that have an identifier are named by it, others by position; the container nodes
     * of {@code Optional} parts are left out.
     */
    static String pathOf(Path path) {
        StringBuilder s = new StringBuilder();
        Object container = null;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                s.append('[').append(elementName(container, node.getIndex())).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (s.length() > 0) {
                    s.append('.');
                }
                s.append(name);
            }
            container = valueOf(node);
        }
        return s.toString();
    }

    private static Object valueOf(Path.Node node) {
        if (node instanceof PropertyNode p) {
            return unwrap(p.getValue());
        }
        if (node instanceof ContainerElementNode c) {
            return unwrap(c.getValue());
        }
        return null;
    }

    private static Object unwrap(Object value) {
        return value instanceof Optional<?> o ? o.orElse(null) : value;
    }

    /** Hibernate Validator gives the list element itself as the value of the list's node. */
    private static String elementName(Object element, int index) {
        if (element instanceof Identified<?> e) {
            return String.valueOf(e.id());
        }
        return Integer.toString(index);
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() <= 80 ? text : text.substring(0, 77) + "...") + "'";
    }
}
