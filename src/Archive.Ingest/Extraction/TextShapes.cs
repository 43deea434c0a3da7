using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Archive.Ingest.Extraction;

/// <summary>Small text rules shared by the readers: label normalisation, number cells, blank cells.</summary>
internal static partial class TextShapes
{
    /// <summary>
    /// Label comparison form (§4): no whitespace, （）→(), “”→", full-width digits/letters/punctuation → ASCII.
    /// </summary>
    public static string Norm(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000')
            {
                continue;
            }

            builder.Append(Fold(c));
        }

        return builder.ToString();
    }

    /// <summary>A CJK unified ideograph (the basic block or extension A).</summary>
    public static bool IsHanzi(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    /// <summary>One character folded to the form labels and numbers are compared in (length-preserving).</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' => (char)(c - '\uFF10' + '0'),
        >= '\uFF21' and <= '\uFF3A' => (char)(c - '\uFF21' + 'A'),
        >= '\uFF41' and <= '\uFF5A' => (char)(c - '\uFF41' + 'a'),
        '（' => '(',
        '）' => ')',
        '“' or '”' or '＂' => '"',
        '‘' or '’' => '\'',
        '．' => '.',
        '：' => ':',
        '，' => ',',
        '／' => '/',
        '－' => '-',
        '＋' => '+',
        '﹣' => '-',
        _ => c,
    };

    /// <summary>A normalized label's leading numbering (一、 (一) 1.), or empty.</summary>
    public static string NumberingOf(string normalized) => Numbering().Match(normalized).Value;

    /// <summary>Every numbering printed in <paramref name="normalized"/>, wherever it stands (a group's label may come first).</summary>
    public static MatchCollection NumberingsIn(string normalized) => NumberingAnywhere().Matches(normalized);

    /// <summary>Label without its numbering (一、 （一） 1.) and without trailing parentheticals: the comparable core.</summary>
    public static string Core(string normalized)
    {
        var core = Numbering().Replace(normalized, string.Empty);
        core = core.StartsWith("其中:", StringComparison.Ordinal) ? core[3..] : core;
        core = Parenthetical().Replace(core, string.Empty);
        return core;
    }

    /// <summary>R1: a value cell is a number optionally followed by a printed money unit.</summary>
    public static bool TryParseValue(string cell, out decimal value, out string? unit)
    {
        value = 0;
        unit = null;
        var folded = Norm(cell);
        var match = ValueCell().Match(folded);
        if (!match.Success)
        {
            return false;
        }

        var digits = match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        unit = match.Groups["u"].Success && match.Groups["u"].Length > 0 ? match.Groups["u"].Value : null;
        return true;
    }

    /// <summary>
    /// Cells that mean "nothing printed": -, —, /, 无 (and _ as a line to write on: 规章 | _ | _ | _, a district's 2020
    /// table 二, one cell per line); and a 本年增/减 cell saying in words that nothing changed (未增未减,
    /// 无增减, a real bureau's 2019 table 二: 行政许可 | 0 | 未增未减 | 0): words give no value (§1), but the cell holds its
    /// column, so the row's two figures stay in theirs.
    /// </summary>
    public static bool IsBlankCell(string cell)
    {
        var folded = Norm(cell);
        return folded.Length > 0 && BlankCell().IsMatch(folded);
    }

    /// <summary>
    /// A cell that states a number with words around it (减11, 增加2, 3项): not an R1 value (§7), so never read as one,
    /// but a cell all the same, not a label. Procurement counts come in batches too (31批次 under 采购项目数量, beside
    /// 709455.9元: a real city bureau's 2019-template page), so the amount keeps its own column. So are a count with its
    /// measure word in brackets (16368(件)), an amount in 万 without 元 (211.509万 under 采购总金额, beside 53 under 采购项目数量)
    /// and a number with a doubled sign (--253 under 本年增/减, a typo): none is an R1 value, and each keeps its column, so
    /// the row's other cells keep theirs (real 2019-template pages of a city's 市场监督管理局 and a district bureau). So is
    /// a change printed as its increase and decrease (0/0 under 本年增/减, a county bureau's mirror): two numbers, no one value.
    /// </summary>
    public static bool IsWordedNumber(string cell) => WordedNumber().IsMatch(Norm(cell));

    public static int ParseChineseNumber(string text)
    {
        // 十 = 10, 十二 = 12, 二十六 = 26, 三十一 = 31; digit strings (二〇一九) read digit by digit.
        if (text.Contains('十', StringComparison.Ordinal))
        {
            var parts = text.Split('十');
            var tens = parts[0].Length == 0 ? 1 : ChineseDigit(parts[0][0]);
            var ones = parts[1].Length == 0 ? 0 : ChineseDigit(parts[1][0]);
            return tens < 0 || ones < 0 ? -1 : (tens * 10) + ones;
        }

        var result = 0;
        foreach (var c in text)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : ChineseDigit(c);
            if (digit < 0)
            {
                return -1;
            }

            result = (result * 10) + digit;
        }

        return result;
    }

    private static int ChineseDigit(char c) => c switch
    {
        '〇' or '零' or '○' or 'Ｏ' or 'O' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    [GeneratedRegex(@"^(?<n>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?<u>万元|元)?$")]
    private static partial Regex ValueCell();

    [GeneratedRegex(@"^(?:(?:增加|减少|增|减)\d+(?:\.\d+)?(?:项|件|个|条|次|篇)?|\d+(?:\.\d+)?(?:项|件|个|条|批次|次|篇|笔)|\d+(?:\.\d+)?\((?:项|件|个|条|次|篇)\)|\d+(?:\.\d+)?万|[+-]{2,}\d+(?:\.\d+)?|[+-]?\d+/[+-]?\d+)$")]
    private static partial Regex WordedNumber();

    [GeneratedRegex(@"^(?:-+|—+|_+|/|无|\\|未增未减|无增无减|不增不减|无增减|未增减|无变化)$")]
    private static partial Regex BlankCell();

    // A row's numbering (一、 （一） 1. 1、), after Norm.
    private const string NumberingPattern = @"[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、]";

    [GeneratedRegex("^(?:" + NumberingPattern + ")")]
    private static partial Regex Numbering();

    [GeneratedRegex(NumberingPattern)]
    private static partial Regex NumberingAnywhere();

    [GeneratedRegex(@"\([^()]*\)$")]
    private static partial Regex Parenthetical();
}
