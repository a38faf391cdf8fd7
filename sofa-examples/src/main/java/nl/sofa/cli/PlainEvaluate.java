package nl.sofa.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads the arguments of {@code sofa evaluate} without picocli when they are plain: each option
 * spelled out once ({@code --format text}, not {@code --format=text}), each value a separate
 * argument, one FILE. Anything else (help, version, an unknown option, a missing or repeated value,
 * an {@code @file}) returns null, and picocli reads the arguments and words the error as before.
 *
 * <p>Why: picocli's classes are compiled for Java 5, which JDK 17's class-data archive cannot hold,
 * so they are loaded and verified in every run; on the plain evaluate path that was a quarter of a
 * second of CPU next to the engine's build (docs/performance.md, "Command line (issue 15)").
 */
final class PlainEvaluate {
    private PlainEvaluate() {
    }

    /**
     * The evaluate command with these arguments (the first being {@code evaluate}), set as picocli
     * would set it; null when picocli must read them.
     */
    static EvaluateCommand parse(String[] args, SofaCli cli) {
        if (args.length < 2 || !"evaluate".equals(args[0])) {
            return null;
        }
        EvaluateCommand command = new EvaluateCommand(cli, new EngineOptions(), new FhirInput());
        // Picocli refuses an option given twice; so does this, by handing it back.
        boolean threads = false;
        boolean format = false;
        boolean lang = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            boolean takesValue = true;
            switch (arg) {
                case "--ndjson" -> {
                    if (command.ndjson) {
                        return null;
                    }
                    command.ndjson = true;
                    takesValue = false;
                }
                case "--fhir" -> {
                    if (command.fhirInput.fhir) {
                        return null;
                    }
                    command.fhirInput.fhir = true;
                    takesValue = false;
                }
                case "--rule-exception-messages" -> {
                    if (command.ruleExceptionMessages) {
                        return null;
                    }
                    command.ruleExceptionMessages = true;
                    takesValue = false;
                }
                case "--threads" -> {
                    Integer n = plainValue(value) ? parseInt(value) : null;
                    if (threads || n == null) {
                        return null;
                    }
                    threads = true;
                    command.threads = n;
                }
                case "--format" -> {
                    if (format || !plainValue(value)) {
                        return null;
                    }
                    format = true;
                    command.format = value;
                }
                case "--lang" -> {
                    if (lang || !plainValue(value)) {
                        return null;
                    }
                    lang = true;
                    command.lang = value;
                }
                case "--pack" -> {
                    Path path = plainValue(value) ? path(value) : null;
                    if (path == null) {
                        return null;
                    }
                    command.engineOptions.packs.add(path);
                }
                case "--disable-rule" -> {
                    if (!plainValue(value)) {
                        return null;
                    }
                    command.engineOptions.disabledRules.add(value);
                }
                default -> {
                    // "-" is standard input; any other dash starts an option picocli must read.
                    if (command.file != null || arg.startsWith("@") || arg.startsWith("-") && !arg.equals("-")) {
                        return null;
                    }
                    command.file = arg;
                    takesValue = false;
                }
            }
            if (takesValue) {
                i++;
            }
        }
        return command.file == null ? null : command;
    }

    /** A value picocli would take as it is: present, not option-like, not an {@code @file}. */
    private static boolean plainValue(String value) {
        return value != null && !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
    }

    private static Integer parseInt(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
