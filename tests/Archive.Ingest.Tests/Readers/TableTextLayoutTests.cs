using Archive.Ingest.Readers;

namespace Archive.Ingest.Tests.Readers;

public sealed class TableTextLayoutTests
{
    [Fact]
    public void ToLines_ColspanAndRowspan_LeaveEmptySlotsUnderTheirHeaders()
    {
        IReadOnlyList<IReadOnlyList<TableCellText>> rows =
        [
            [new("三、本年度办理结果", 1, 3), new("（一）予以公开", 2), new("1"), new("2")],
            [new("（三）不予公开", 1, 2), new("1.属于国家秘密"), new("3"), new("4")],
            [new("2.其他法律行政法规禁止公开"), new("5"), new("6")],
            [new(" "), new(string.Empty)],
        ];

        var lines = TableTextLayout.ToLines(rows);

        Assert.Equal(
            [
                "三、本年度办理结果\t（一）予以公开\t\t1\t2",
                "\t（三）不予公开\t1.属于国家秘密\t3\t4",
                "\t\t2.其他法律行政法规禁止公开\t5\t6",
            ],
            lines);
    }

    [Fact]
    public void CleanCell_TabsBreaksAndSpaces_OneLineTrimmed() =>
        Assert.Equal("上一年 项目数量", TableTextLayout.CleanCell("\u00A0上一年\t\n  项目数量\u3000"));
}
