namespace Archive.Ingest.Tests.Readers.Rendering;

/// <summary>A report as blocks, rendered to DOCX, HTML and (through LibreOffice) PDF by the test renderers.</summary>
/// <param name="RunningHeader">Printed at the top of every page of the DOCX/PDF (never part of the report text).</param>
public sealed record TestDocument(string Name, string RunningHeader, IReadOnlyList<TestBlock> Blocks)
{
    /// <summary>
    /// A plain-text report as blocks: each non-blank line a paragraph, each run of tab-separated lines one table
    /// (cells padded to the widest row, so every row is a full ruled row).
    /// </summary>
    public static TestDocument FromText(string name, string text)
    {
        var blocks = new List<TestBlock>();
        var table = new List<string[]>();
        void FlushTable()
        {
            if (table.Count == 0)
            {
                return;
            }

            var width = table.Max(r => r.Length);
            blocks.Add(TestBlock.Table([.. table.Select(r => (IReadOnlyList<TestCell>)[.. r.Select(c => new TestCell(c.Trim())), .. Enumerable.Repeat(new TestCell(string.Empty), width - r.Length)])]));
            table.Clear();
        }

        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim(' ', '\u3000', '\u00A0', '\uFEFF', '\r', '\f');
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                table.Add(line.Split('\t'));
                continue;
            }

            FlushTable();
            if (line.Length > 0)
            {
                blocks.Add(TestBlock.Paragraph(line));
            }
        }

        FlushTable();
        var title = blocks.FirstOrDefault(b => b.Text is not null)?.Text ?? name;
        return new TestDocument(name, "政务公开 · " + (title.Length > 12 ? title[..12] : title), blocks);
    }
}
