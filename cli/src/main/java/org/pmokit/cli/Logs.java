package org.pmokit.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps library log noise off the command's standard error. Hibernate Validator announces its
 * version ({@code HV000001: Hibernate Validator ...}) at INFO through java.util.logging when no
 * other logging back end is present, as in the command; that line is not for a batch job's log.
 * Warnings and errors still show.
 */
final class Logs {

    /**
     * The logger whose level is raised; java.util.logging holds loggers weakly, so this reference
     * keeps the setting alive.
     */
    private static final Logger VALIDATOR = Logger.getLogger("org.hibernate.validator");

    private Logs() {
    }

    /** Raises the validator's log level to WARNING. */
    static void quietValidatorBanner() {
        VALIDATOR.setLevel(Level.WARNING);
    }
}
