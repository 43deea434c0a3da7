using Archive.Core.Metrics;
using Archive.Core.Reports;

namespace Archive.Samples.Generation;

/// <summary>Builds the printed grids of tables 二, 三, 四 and the pre2019 统计表 from <see cref="StandardTables"/> and a plan.</summary>
internal sealed class StandardTableGrids(SplitMix64 rng, MetricPlan plan, bool fullWidth, bool splitLabels, TextLayout layout)
{
    private const string TableNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>Keys that were printed with digits (the truth metrics of the tables).</summary>
    public HashSet<string> PrintedKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>True once any label was split over two lines on purpose.</summary>
    public bool SplitAny { get; private set; }

    public TableGrid Active(StandardTable table)
    {
        var rows = new List<GridRow>();
        foreach (var section in table.Sections)
        {
            rows.Add(new GridRow([new GridCell(section.Heading ?? string.Empty, 0, 4)], IsHeader: true));
            var header = new List<GridCell> { new(section.RowHeader ?? "信息内容", 0) };
            for (var c = 0; c < section.Columns.Count; c++)
            {
                var column = section.Columns[c];
                var label = column.Label;
                if (section.Rows[0].KeyPrefix == "active.procurement" && column.KeySuffix == "amount" && plan.AmountStyle == AmountStyle.HeaderWanYuan)
                {
                    label += "（万元）";
                }

                header.Add(new GridCell(label, 1 + c));
            }

            rows.Add(new GridRow(header, IsHeader: true));
            foreach (var row in section.Rows)
            {
                var label = row.LabelVariants.Count > 0 && rng.Chance(0.15) ? row.LabelVariants[0] : row.Label;
                var cells = new List<GridCell> { new(label, 0) };
                for (var c = 0; c < section.Columns.Count; c++)
                {
                    cells.Add(Value(StandardTableSection.KeyOf(row, section.Columns[c]), 1 + c));
                }

                rows.Add(new GridRow(cells));
            }
        }

        return new TableGrid([28, 18, 18, 18], 1, rows);
    }

    public TableGrid Applications(StandardTable table)
    {
        var section = table.Sections[0];
        var valueSlot = 3;
        var rows = new List<GridRow>
        {
            new([new GridCell(TableNote, 0, 3), new GridCell("申请人情况", valueSlot, 7)], IsHeader: true),
            new([new GridCell("自然人", valueSlot), new GridCell("法人或其他组织", valueSlot + 1, 5), new GridCell("总计", valueSlot + 6)], IsHeader: true),
        };
        var subHeader = new List<GridCell>();
        for (var c = 1; c <= 5; c++)
        {
            var column = section.Columns[c];
            var label = column.LabelVariants.Count > 0 && rng.Chance(0.3) ? column.LabelVariants[0] : column.Label;
            subHeader.Add(new GridCell(label, valueSlot + c));
        }

        rows.Add(new GridRow(subHeader, IsHeader: true));
        string? currentGroup = null;
        var resultsLabelled = false;
        foreach (var row in section.Rows)
        {
            var cells = new List<GridCell>();
            if (row.Group is null)
            {
                cells.Add(Label(row.Label, 0, 3));
            }
            else if (row.Group == "三、本年度办理结果")
            {
                if (!resultsLabelled)
                {
                    cells.Add(new GridCell(row.Group, 0));
                    resultsLabelled = true;
                }

                cells.Add(Label(row.Label, 1, 2));
            }
            else
            {
                if (!resultsLabelled)
                {
                    cells.Add(new GridCell("三、本年度办理结果", 0));
                    resultsLabelled = true;
                }

                if (row.Group != currentGroup)
                {
                    cells.Add(new GridCell(row.Group, 1));
                }

                cells.Add(Label(row.Label, 2));
            }

            currentGroup = row.Group;
            for (var c = 0; c < section.Columns.Count; c++)
            {
                cells.Add(Value(StandardTableSection.KeyOf(row, section.Columns[c]), valueSlot + c));
            }

            rows.Add(new GridRow(cells));
        }

        // Wide enough that only the long 2021 （六） labels wrap on their own; other splits are deliberate.
        return new TableGrid([22, 20, 40, 10, 10, 10, 12, 12, 10, 10], valueSlot, rows);
    }

    public TableGrid Reviews(StandardTable table)
    {
        var columns = table.Sections[0].Columns;
        var rows = new List<GridRow>
        {
            new([new GridCell("行政复议", 0, 5), new GridCell("行政诉讼", 5, 10)], IsHeader: true),
        };
        var second = new List<GridCell>();
        for (var c = 0; c < 5; c++)
        {
            second.Add(new GridCell(columns[c].Label, c));
        }

        second.Add(new GridCell("未经复议直接起诉", 5, 5));
        second.Add(new GridCell("复议后起诉", 10, 5));
        rows.Add(new GridRow(second, IsHeader: true));
        var third = new List<GridCell>();
        for (var c = 5; c < 15; c++)
        {
            third.Add(new GridCell(columns[c].Label, c));
        }

        rows.Add(new GridRow(third, IsHeader: true));
        var values = new List<GridCell>();
        for (var c = 0; c < 15; c++)
        {
            values.Add(Value(columns[c].KeySuffix, c));
        }

        rows.Add(new GridRow(values));
        var widths = new int[15];
        Array.Fill(widths, 10);
        return new TableGrid(widths, 0, rows);
    }

    public TableGrid Statistics()
    {
        var rows = new List<GridRow>
        {
            new([new GridCell("统计指标", 0), new GridCell("单位", 1), new GridCell("统计数", 2)], IsHeader: true),
        };
        foreach (var row in StandardTables.LegacyStatistics)
        {
            var label = row.Label;
            if (layout == TextLayout.Tabbed && rng.Chance(0.3))
            {
                // Word exports of this table often print a space before the note and around the 1 of 计1条.
                label = label.Replace("（不同", " （不同", StringComparison.Ordinal).Replace("计1条", "计 1 条", StringComparison.Ordinal).Replace("计1次", "计 1 次", StringComparison.Ordinal);
            }

            if (row.Key is null)
            {
                rows.Add(new GridRow([new GridCell(label, 0), new GridCell("——", 1)]));
                continue;
            }

            rows.Add(new GridRow([new GridCell(label, 0), new GridCell(row.Unit, 1), Value(row.Key, 2)]));
        }

        return new TableGrid([76, 10, 12], 1, rows);
    }

    private GridCell Value(string key, int slot)
    {
        var planned = plan[key];
        PrintedKeys.Add(key);
        var printed = fullWidth ? PrintForms.ToFullWidth(planned.Printed) : planned.Printed;
        return new GridCell(printed, slot, 1, key, planned.Value, planned.Unit);
    }

    /// <summary>A row label, now and then split over two lines as exports do (3.补正后申请内 / 容仍不明确).</summary>
    private GridCell Label(string text, int slot, int span = 1)
    {
        if (!splitLabels || text.Length < 9 || !rng.Chance(0.2))
        {
            return new GridCell(text, slot, span);
        }

        var body = NumberingLength(text);
        var earliest = body + 4;
        var latest = text.Length - 2;
        if (earliest > latest)
        {
            return new GridCell(text, slot, span);
        }

        SplitAny = true;
        return new GridCell(text, slot, span, SplitAt: rng.Between(earliest, latest));
    }

    private static int NumberingLength(string label)
    {
        var i = 0;
        if (label.StartsWith('（'))
        {
            i = label.IndexOf('）', StringComparison.Ordinal) + 1;
        }
        else
        {
            while (i < label.Length && (char.IsAsciiDigit(label[i]) || label[i] is '.' or '、' || "一二三四五六七八九十".Contains(label[i], StringComparison.Ordinal)))
            {
                i++;
            }
        }

        return Math.Max(0, i);
    }
}
