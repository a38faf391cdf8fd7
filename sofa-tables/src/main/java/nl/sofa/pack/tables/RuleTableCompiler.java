package nl.sofa.pack.tables;

import java.util.List;
import java.util.Locale;
import nl.sofa.pack.spi.CompiledFile;
import nl.sofa.pack.spi.PackFileCompiler;
import nl.sofa.pack.tables.internal.Grid;
import nl.sofa.pack.tables.internal.TableCompiler;

/**
 * Reads spreadsheet rule tables in SOFA's template ({@code *.drl.csv}, {@code *.drl.xlsx},
 * {@code *.drl.xls}; see {@link RuleTableTemplate} and {@code docs/writing-a-rule-pack.md},
 * "Spreadsheet packs"): checks every cell against the template, naming sheet, row and column of a
 * problem, and makes DRL of the rule tables with Drools' decision-table compiler. Found by
 * {@link java.util.ServiceLoader} as a {@link PackFileCompiler}: putting this module on the class
 * path is all it takes for {@link nl.sofa.pack.RulePacks} to load such packs.
 *
 * <p>Experimental since 0.2.
 */
public final class RuleTableCompiler implements PackFileCompiler {
    /** For {@link java.util.ServiceLoader}. */
    public RuleTableCompiler() {
    }

    @Override
    public List<String> fileEndings() {
        return List.of(".drl.csv", ".drl.xlsx", ".drl.xls");
    }

    @Override
    public CompiledFile compile(String packId, String file, byte[] content) {
        String lower = file.toLowerCase(Locale.ROOT);
        Grid grid = lower.endsWith(".drl.csv") ? Grid.csv(fileName(file), content) : Grid.workbook(content, packId, file);
        return TableCompiler.compile(packId, file, grid);
    }

    /** The file's own name, without folder or jar: a CSV file's one sheet is called after it. */
    private static String fileName(String file) {
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    }
}
