package org.mappahub.interchange;

import java.util.List;

/**
 * The outcome of an import. The counts are of what is stored after the import (in all-or-nothing mode
 * they are zero when any line was invalid, because nothing was stored). {@code storedRefs} are the refs
 * whose record in the store is now the file's (created, replaced or already equal), in file order.
 * {@code errorsNotListed} counts errors beyond the first {@value McifImport#MAX_LISTED_ERRORS} kept in
 * {@code errors}, so that a hostile file cannot exhaust memory with errors.
 */
public record ImportSummary(String source, boolean partial, long lines,
                            int areasCreated, int areasReplaced, int areasUnchanged,
                            long nominalsCreated, long nominalsReplaced, long nominalsUnchanged,
                            List<ImportError> errors, long errorsNotListed, List<String> storedRefs) {

    public ImportSummary {
        errors = List.copyOf(errors);
        storedRefs = List.copyOf(storedRefs);
    }

    /** True only when every line was stored (the CLI's exit status 0). */
    public boolean ok() {
        return errors.isEmpty() && errorsNotListed == 0;
    }
}
