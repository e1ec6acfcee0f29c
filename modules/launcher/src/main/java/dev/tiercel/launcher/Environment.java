package dev.tiercel.launcher;

import java.util.Map;
import java.util.Optional;

/**
 * The process environment as the command line lets Tiercel see it: with {@code -E} or {@code -I}, the
 * {@code PYTHON*} variables are ignored, as in CPython.
 *
 * @param variables      every variable of the process (what {@code os.environ} shows)
 * @param ignorePythonVars whether {@code PYTHON*} variables are to be ignored
 */
public record Environment(Map<String, String> variables, boolean ignorePythonVars) {

    /** A {@code PYTHON*} setting, unless the command line says to ignore them; empty values count as unset. */
    public Optional<String> python(String name) {
        if (ignorePythonVars) {
            return Optional.empty();
        }
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isEmpty());
    }
}
