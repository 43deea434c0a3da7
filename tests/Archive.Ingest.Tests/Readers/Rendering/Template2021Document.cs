using Archive.Core.Metrics;
using Archive.Core.Reports;

namespace Archive.Ingest.Tests.Readers.Rendering;

/// <summary>
/// A 2021-template report built from <see cref="StandardTables"/>: tables 二, 三, 四 laid out like the official
/// form (merged label cells, spanning headers) with a distinct value in every cell, and enough prose to run over
/// several pages. Each value cell carries its metric key.
/// </summary>
public static class Template2021Document
{
    private const string Agency = "石嘴山市工业和信息化局";

    public static TestDocument Build()
    {
        var next = 101;
        string Value() => (next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var blocks = new List<TestBlock>
        {
            TestBlock.Paragraph(Agency + "2021年政府信息公开工作年度报告"),
            TestBlock.Paragraph("本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国办公开办函〔2021〕30号要求编制。报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"),
            TestBlock.Paragraph("一、总体情况"),
        };
        for (var i = 1; i <= 9; i++)
        {
            blocks.Add(TestBlock.Paragraph(Prose(i)));
        }

        foreach (var table in StandardTables.ForTemplate(ReportTemplate.V2021))
        {
            blocks.Add(TestBlock.Paragraph(table.Title));
            blocks.Add(TestBlock.Table(table.Id switch
            {
                StandardTables.ActiveTableId => ActiveRows(table, Value),
                StandardTables.ApplicationsTableId => ApplicationRows(table, Value),
                _ => ReviewRows(table, Value),
            }));
        }

        blocks.Add(TestBlock.Paragraph("五、存在的主要问题及改进情况"));
        blocks.Add(TestBlock.Paragraph(Prose(10)));
        blocks.Add(TestBlock.Paragraph("六、其他需要报告的事项"));
        blocks.Add(TestBlock.Paragraph("本年度未收取信息处理费。"));
        blocks.Add(TestBlock.Paragraph(Agency));
        blocks.Add(TestBlock.Paragraph("2022年1月20日"));
        return new TestDocument("template2021", Agency + "政务公开", blocks);
    }

    /// <summary>A long paragraph that wraps over several lines (and, placed late, over a page break).</summary>
    public static string Prose(int number) =>
        $"第{number}项工作：本机关坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央、国务院关于全面推进政务公开工作的决策部署，"
        + "围绕优化营商环境、助力企业发展等重点任务，不断加大政府信息公开力度，持续完善政务公开制度规范，切实提升政务公开质量和实效，"
        + $"全年在门户网站发布工作动态{100 + number}条，组织开展业务培训{number}次，进一步增强了政府工作的透明度和公信力，为经济社会高质量发展提供了有力保障。";

    private static List<IReadOnlyList<TestCell>> ActiveRows(StandardTable table, Func<string> value)
    {
        var rows = new List<IReadOnlyList<TestCell>>();
        const int Width = 4;
        foreach (var section in table.Sections)
        {
            rows.Add([new TestCell(section.Heading!, Width)]);
            var span = (Width - 1) / section.Columns.Count;
            rows.Add([new TestCell(section.RowHeader!), .. section.Columns.Select(c => new TestCell(c.Label, span))]);
            foreach (var row in section.Rows)
            {
                rows.Add([new TestCell(row.Label), .. section.Columns.Select(c => new TestCell(value(), span, 1, StandardTableSection.KeyOf(row, c)))]);
            }
        }

        return rows;
    }

    private static List<IReadOnlyList<TestCell>> ApplicationRows(StandardTable table, Func<string> value)
    {
        var section = table.Sections[0];
        var columns = section.Columns;
        var rows = new List<IReadOnlyList<TestCell>>
        {
            new TestCell[] { new("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3), new(section.RowHeader!, 7) },
            new TestCell[] { new(columns[0].Label, 1, 2), new("法人或其他组织", 5), new(columns[6].Label, 1, 2) },
            columns.Skip(1).Take(5).Select(c => new TestCell(c.Label)).ToArray(),
        };

        // Rows under one spanning label share it: the label cell spans them (rowspan), as the official form prints.
        var resultRows = section.Rows.Count(r => r.Group is not null);
        var startedGroups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in section.Rows)
        {
            var cells = new List<TestCell>();
            if (row.Group is null)
            {
                cells.Add(new TestCell(row.Label, 3));
            }
            else
            {
                var outer = row.Group == "三、本年度办理结果" ? row.Group : "三、本年度办理结果";
                if (startedGroups.Add(outer))
                {
                    cells.Add(new TestCell(outer, 1, resultRows));
                }

                if (row.Group == outer)
                {
                    cells.Add(new TestCell(row.Label, 2));
                }
                else
                {
                    if (startedGroups.Add(row.Group))
                    {
                        cells.Add(new TestCell(row.Group, 1, section.Rows.Count(r => r.Group == row.Group)));
                    }

                    cells.Add(new TestCell(row.Label));
                }
            }

            cells.AddRange(columns.Select(c => new TestCell(value(), 1, 1, StandardTableSection.KeyOf(row, c))));
            rows.Add(cells);
        }

        return rows;
    }

    private static List<IReadOnlyList<TestCell>> ReviewRows(StandardTable table, Func<string> value)
    {
        var columns = table.Sections[0].Columns;
        var row = table.Sections[0].Rows[0];
        return
        [
            new TestCell[] { new("行政复议", 5), new("行政诉讼", 10) },
            [.. columns.Take(5).Select(c => new TestCell(c.Label, 1, 2)), new("未经复议直接起诉", 5), new("复议后起诉", 5)],
            columns.Skip(5).Select(c => new TestCell(c.Label)).ToArray(),
            columns.Select(c => new TestCell(value(), 1, 1, StandardTableSection.KeyOf(row, c))).ToArray(),
        ];
    }
}
