using System.Text.RegularExpressions;

namespace Archive.Ingest.Extraction;

/// <summary>
/// Evidence that a table's cells run together: digits glued between label characters (规章000行政…, 许可10690第…),
/// or a run of digits longer than any count that starts a label (713000074二、…). Dates (2020年) are not evidence, nor
/// a count before its measure word (更新法定主动公开内容51条,包括乡镇文件30条, a township's sentence right under table 二's
/// heading): no template cell is followed by a measure word, and no template label opens with one.
/// </summary>
internal static partial class RunTogether
{
    public static int Count(IReadOnlyList<TableToken> tokens)
    {
        var count = 0;
        foreach (var token in tokens.Where(t => t.Kind == TableTokenKind.Label))
        {
            var norm = TextShapes.Norm(token.Text);
            count += Glued().Count(norm) + (LongRun().IsMatch(norm) ? 1 : 0);
        }

        return count;
    }

    [GeneratedRegex(@"[\u4e00-\u9fff]\d{2,}(?![年月日号条件个次项篇人名])(?=[\u4e00-\u9fff(]|\d+[.、]|$)")]
    private static partial Regex Glued();

    [GeneratedRegex(@"^\d{7,}[\u4e00-\u9fff(]")]
    private static partial Regex LongRun();
}
