namespace Archive.Ingest.Readers.Pdf;

/// <summary>
/// A ruled table found from the page's horizontal and vertical lines. Rows are the bands between horizontal
/// rules, columns the strips between vertical rules; where a rule is missing inside the table two grid cells
/// are one merged cell, whose text goes to its top-left slot while the rest of its slots stay empty — the same
/// shape as colspan/rowspan in HTML and Word (<see cref="TableTextLayout"/>). Text that wraps inside a cell is
/// joined back into that cell.
/// </summary>
internal sealed class PdfTableGrid
{
    private const double Tolerance = 2.0;

    private readonly double[] _ys; // rule positions, top first
    private readonly double[] _xs; // rule positions, left first
    private readonly List<PdfSegment> _horizontal;
    private readonly List<PdfSegment> _vertical;

    private PdfTableGrid(double[] ys, double[] xs, List<PdfSegment> horizontal, List<PdfSegment> vertical)
    {
        _ys = ys;
        _xs = xs;
        _horizontal = horizontal;
        _vertical = vertical;
    }

    public double Top => _ys[0];

    public double Bottom => _ys[^1];

    public double Left => _xs[0];

    public double Right => _xs[^1];

    /// <summary>The ruled tables among <paramref name="segments"/>: connected rules spanning at least two cells.</summary>
    public static List<PdfTableGrid> Detect(IReadOnlyList<PdfSegment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        for (var a = 0; a < segments.Count; a++)
        {
            for (var b = a + 1; b < segments.Count; b++)
            {
                if (Touch(segments[a], segments[b]))
                {
                    parent[Find(a)] = Find(b);
                }
            }
        }

        var grids = new List<PdfTableGrid>();
        foreach (var group in Enumerable.Range(0, segments.Count).GroupBy(Find))
        {
            var members = group.Select(i => segments[i]).ToList();
            var horizontal = members.Where(s => s.Horizontal).ToList();
            var vertical = members.Where(s => !s.Horizontal).ToList();
            var ys = WithCutEdges(Cluster(horizontal.Select(s => s.Position)), vertical).OrderByDescending(y => y).ToArray();
            var xs = Cluster(vertical.Select(s => s.Position)).Order().ToArray();
            if (ys.Length >= 2 && xs.Length >= 2 && (ys.Length - 1) * (xs.Length - 1) >= 2)
            {
                grids.Add(new PdfTableGrid(ys, xs, horizontal, vertical));
            }
        }

        return grids;
    }

    /// <summary>The column rule positions, left first.</summary>
    public IReadOnlyList<double> Columns => _xs;

    public bool SameWidth(PdfTableGrid other) =>
        Math.Abs(Left - other.Left) <= Tolerance && Math.Abs(Right - other.Right) <= Tolerance;

    /// <summary>True when every one of <paramref name="columns"/> is a column rule of this grid too.</summary>
    public bool HasColumns(IEnumerable<double> columns) =>
        columns.All(x => Array.Exists(_xs, existing => Math.Abs(existing - x) <= Tolerance));

    /// <summary>This grid with column positions added where it has none (no rule there: the cells span them).</summary>
    public PdfTableGrid WithColumns(IEnumerable<double> columns)
    {
        var xs = _xs.ToList();
        foreach (var x in columns)
        {
            if (x > Left + Tolerance && x < Right - Tolerance && !xs.Exists(existing => Math.Abs(existing - x) <= Tolerance))
            {
                xs.Add(x);
            }
        }

        return xs.Count == _xs.Length ? this : new PdfTableGrid(_ys, [.. xs.Order()], _horizontal, _vertical);
    }

    public bool Contains(PdfGlyph glyph) =>
        glyph.CenterX >= Left - 1 && glyph.CenterX <= Right + 1 && glyph.CenterY <= Top + 1 && glyph.CenterY >= Bottom - 1;

    /// <summary>One layout item per row that holds text.</summary>
    public List<PdfLayoutItem> Rows(IReadOnlyList<PdfGlyph> glyphs)
    {
        var bands = _ys.Length - 1;
        var columns = _xs.Length - 1;
        var parent = Enumerable.Range(0, bands * columns).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        void Union(int a, int b)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb)
            {
                // The region's root is its smallest atom: top band first, then leftmost column.
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        for (var i = 0; i < bands; i++)
        {
            var middleY = (_ys[i] + _ys[i + 1]) / 2;
            for (var j = 0; j < columns; j++)
            {
                var middleX = (_xs[j] + _xs[j + 1]) / 2;
                if (j + 1 < columns && !HasRule(_vertical, _xs[j + 1], middleY))
                {
                    Union(i * columns + j, i * columns + j + 1);
                }

                if (i + 1 < bands && !HasRule(_horizontal, _ys[i + 1], middleX))
                {
                    Union(i * columns + j, (i + 1) * columns + j);
                }
            }
        }

        var glyphsByRegion = new Dictionary<int, List<PdfGlyph>>();
        foreach (var glyph in glyphs)
        {
            var band = IndexOf(_ys, glyph.CenterY, descending: true);
            var column = IndexOf(_xs, glyph.CenterX, descending: false);
            var region = Find(band * columns + column);
            if (!glyphsByRegion.TryGetValue(region, out var list))
            {
                glyphsByRegion[region] = list = [];
            }

            list.Add(glyph);
        }

        var items = new List<PdfLayoutItem>();
        for (var i = 0; i < bands; i++)
        {
            var slots = new List<string>(columns);
            var sizes = new List<double>();
            for (var j = 0; j < columns; j++)
            {
                var atom = i * columns + j;
                if (Find(atom) == atom && glyphsByRegion.TryGetValue(atom, out var cellGlyphs))
                {
                    slots.Add(CellText(cellGlyphs));
                    sizes.AddRange(cellGlyphs.Select(g => g.Size));
                }
                else
                {
                    slots.Add(string.Empty);
                }
            }

            var last = slots.FindLastIndex(s => s.Length > 0);
            if (last >= 0)
            {
                sizes.Sort();
                items.Add(new PdfLayoutItem(string.Join('\t', slots.Take(last + 1)), true, _ys[i], _ys[i + 1], Left, Right, sizes[sizes.Count / 2]));
            }
        }

        return items;
    }

    private static string CellText(List<PdfGlyph> glyphs)
    {
        var text = string.Empty;
        foreach (var line in PdfLineBuilder.GroupLines(glyphs))
        {
            text = TextJoining.Join(text, PdfLineBuilder.Write(line, allowTabs: false));
        }

        return TableTextLayout.CleanCell(text);
    }

    private static int IndexOf(double[] rules, double value, bool descending)
    {
        for (var k = 0; k < rules.Length - 1; k++)
        {
            var inside = descending ? value >= rules[k + 1] : value <= rules[k + 1];
            if (inside)
            {
                return k;
            }
        }

        return rules.Length - 2;
    }

    private static bool HasRule(List<PdfSegment> rules, double position, double across) =>
        rules.Exists(r => Math.Abs(r.Position - position) <= Tolerance && r.Covers(across, Tolerance));

    private static bool Touch(PdfSegment a, PdfSegment b)
    {
        if (a.Horizontal == b.Horizontal)
        {
            // Collinear pieces of one rule (a border drawn cell by cell).
            return Math.Abs(a.Position - b.Position) <= Tolerance && a.Start <= b.End + Tolerance && b.Start <= a.End + Tolerance;
        }

        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return h.Covers(v.Position, Tolerance) && v.Covers(h.Position, Tolerance);
    }

    /// <summary>
    /// A table cut by a page break draws no rule along the cut: its row on the new page (or the last one before the
    /// break) has only the column rules, which run on past the outermost horizontal rule. Where two or more column
    /// rules end together beyond it, that end is the table's edge, so the cut row is a row of the grid.
    /// </summary>
    private static List<double> WithCutEdges(List<double> ys, List<PdfSegment> vertical)
    {
        if (ys.Count == 0 || vertical.Count < 2)
        {
            return ys;
        }

        var top = vertical.Max(s => s.End);
        if (top > ys[^1] + Tolerance && vertical.Count(s => s.End >= top - Tolerance) >= 2)
        {
            ys.Add(top);
        }

        var bottom = vertical.Min(s => s.Start);
        if (bottom < ys[0] - Tolerance && vertical.Count(s => s.Start <= bottom + Tolerance) >= 2)
        {
            ys.Insert(0, bottom);
        }

        return ys;
    }

    private static List<double> Cluster(IEnumerable<double> positions)
    {
        var clusters = new List<double>();
        foreach (var p in positions.Order())
        {
            if (clusters.Count == 0 || p - clusters[^1] > Tolerance)
            {
                clusters.Add(p);
            }
        }

        return clusters;
    }
}
