using Archive.Core.Reports;
using Archive.Storage.Cells;

namespace Archive.Storage.Tests;

public sealed class TableCellCodecTests
{
    private const string Text = "项目 本年 上年\n受理申请 0 ／ 共１２件\n收费 12.50 无";

    [Fact]
    public void EncodeThenDecode_EveryStateValueAndSpan_ComesBackIntact()
    {
        var zeroAt = Text.IndexOf(" 0 ", StringComparison.Ordinal) + 1;
        var slashAt = Text.IndexOf('／', StringComparison.Ordinal);
        var moneyAt = Text.IndexOf("12.50", StringComparison.Ordinal);
        var noneAt = Text.IndexOf('无', StringComparison.Ordinal);
        TableCell[] cells =
        [
            new("apply.new.natural", CellState.Printed, 0m, "0", zeroAt, zeroAt + 1),
            new("apply.new.legal_person", CellState.Blank, null, null, -1, -1),
            new("apply.new.other", CellState.NotApplicable, null, "／", slashAt, slashAt + 1),
            new("apply.new.total", CellState.Unread, null, null, -1, -1),
            new("active.fees.amount", CellState.Printed, 12.50m, "12.50", moneyAt, moneyAt + 5),
            new("active.fees.change", CellState.Printed, -3m, "-3", -1, -1),
            new("active.fees.items", CellState.Text, null, "无", noneAt, noneAt + 1),
            new("legacy.big", CellState.Printed, 12345678901234567m, "12345678901234567", -1, -1),
        ];

        var stored = TableCellCodec.Decode(TableCellCodec.Encode(cells, Text));

        Assert.Equal(cells.Length, stored.Count);
        for (var i = 0; i < cells.Length; i++)
        {
            Assert.Equal(cells[i].Key, stored[i].Key);
            Assert.Equal(cells[i].State, stored[i].State);
            Assert.Equal(cells[i].Value, stored[i].Value);
            Assert.Equal(cells[i].Value?.ToString(System.Globalization.CultureInfo.InvariantCulture), stored[i].Value?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal((cells[i].Start, cells[i].End), (stored[i].Start, stored[i].End));
            Assert.Equal(cells[i].Printed, TableCellCodec.PrintedText(stored[i], Text));
        }

        Assert.Equal(CellState.Blank, stored[1].State);
        Assert.Null(stored[1].Value);
    }

    [Fact]
    public void Encode_PrintedTextEqualToTheCut_IsNotCopied()
    {
        var at = Text.IndexOf("12.50", StringComparison.Ordinal);
        var same = TableCellCodec.Decode(TableCellCodec.Encode([new("a.b", CellState.Printed, 12.5m, "12.50", at, at + 5)], Text));
        var differs = TableCellCodec.Decode(TableCellCodec.Encode([new("a.b", CellState.Printed, 12m, "１２", at, at + 5)], Text));

        Assert.Null(Assert.Single(same).PrintedCopy);
        Assert.Equal("１２", Assert.Single(differs).PrintedCopy);
        Assert.Equal("１２", TableCellCodec.PrintedText(differs[0], Text));
    }

    [Fact]
    public void Encode_ATemplateOfCells_IsSmallerThanTheKeysAlone()
    {
        var cells = Enumerable.Range(0, 130)
            .Select(i => new TableCell($"apply.section{i / 8}.column{i % 8}", i % 5 == 0 ? CellState.Blank : CellState.Printed, i % 5 == 0 ? null : i, i % 5 == 0 ? null : "1", i % 5 == 0 ? -1 : i, i % 5 == 0 ? -1 : i + 1))
            .ToList();
        var text = new string('1', 200);

        var data = TableCellCodec.Encode(cells, text);

        Assert.True(data.Length < cells.Sum(c => c.Key.Length) / 4, $"{data.Length} bytes");
        Assert.Equal(cells.Select(c => (c.Key, c.State, c.Value)), TableCellCodec.Decode(data).Select(c => (c.Key, c.State, c.Value)));
    }

    [Fact]
    public void Decode_UnknownFormat_Throws() =>
        Assert.Throws<InvalidDataException>(() => TableCellCodec.Decode([9, 1, 2]));
}
