using System.Globalization;
using System.Text;
using Archive.Search.Analysis;
using Archive.Search.Highlighting;
using Archive.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Search.Querying;

/// <summary>
/// Parses the query syntax meant for people:
/// <list type="bullet">
/// <item>words separated by spaces must all match; a word matches where its characters occur in this order
/// (exact field) or where all its SmartCn words occur; SmartCn matches and the word as a SmartCn phrase score higher;</item>
/// <item>"quoted phrase" (also “…”) matches the exact character sequence only;</item>
/// <item>OR between two terms makes either enough; -term excludes;</item>
/// <item>title:, agency: search those fields; year:2019, year:2018..2020, year:2018.., year:..2020;</item>
/// <item>region:640221 (or 64, 6402) or region:name through <see cref="IRegionNameResolver"/>.</item>
/// </list>
/// Anything else raises <see cref="SearchSyntaxException"/> with a readable message.
/// </summary>
internal sealed class HumanQueryParser(Analyzer analyzer, IRegionNameResolver regionNames)
{
    public const int MaxQueryLength = SearchLimits.MaxQueryLength;
    private const float WordBoost = 2f;

    /// <summary>
    /// The ranking's weights, in score points (BM25 of the SmartCn words adds 0–~20 for a word): a typed word's
    /// characters as one sequence (dominant, so such a report ranks above one with only the words apart), the typed
    /// sequence in the title and in the agency's name, and two proximity bands for the words of a query of several
    /// words (<see cref="Proximity"/>).
    /// </summary>
    internal const float SequenceBonus = 100f;

    internal const float TitleBonus = 20f;
    internal const float AgencyBonus = 10f;
    internal const float NearBonus = 8f;
    internal const float CloseBonus = 4f;

    public ParsedQuery Parse(string? text)
    {
        text ??= string.Empty;
        if (text.Length > MaxQueryLength)
        {
            throw new SearchSyntaxException($"The query is {text.Length} characters long; at most {MaxQueryLength} are allowed.");
        }

        try
        {
            return Build(Tokenize(text));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new SearchSyntaxException("The query has too many terms; shorten it.");
        }
    }

    private ParsedQuery Build(List<QueryToken> tokens)
    {
        var exactSequences = new List<HighlightTerm>();
        var groups = new List<(List<Query> Alternatives, bool Negated)>();
        var pendingOr = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Or)
            {
                if (groups.Count == 0 || pendingOr || i == tokens.Count - 1)
                {
                    throw new SearchSyntaxException("OR needs a word or phrase on each side.", token.Position);
                }

                if (groups[^1].Negated)
                {
                    throw new SearchSyntaxException("An excluded term (-word) cannot be part of OR.", token.Position);
                }

                pendingOr = true;
                continue;
            }

            var clause = ClauseQuery(token, token.Negated ? null : exactSequences);
            if (pendingOr)
            {
                if (token.Negated)
                {
                    throw new SearchSyntaxException("An excluded term (-word) cannot be part of OR.", token.Position);
                }

                groups[^1].Alternatives.Add(clause);
                pendingOr = false;
            }
            else
            {
                groups.Add(([clause], token.Negated));
            }
        }

        // One RankedQuery on top, holding every required word's bonuses: inside a conjunction (two words, or a word
        // and year:) a RankedQuery's scorer is never told the collector's floor, so each bonus was checked for every
        // match. With the shared floor (CompetitiveFloor), search-latency's 200 text-drawn words with a year range at
        // 100k: 3.73–3.97 → 2.94–3.11 ms a search (second pass, mean).
        var query = new BooleanQuery(disableCoord: true);
        var bonuses = new List<Query>();
        foreach (var (alternatives, negated) in groups)
        {
            Query groupQuery = alternatives.Count == 1 ? alternatives[0] : Disjunction(alternatives);
            if (groupQuery is RankedQuery ranked && !negated)
            {
                query.Add(ranked.Match, Occur.MUST);
                bonuses.AddRange(ranked.Bonuses);
            }
            else
            {
                query.Add(groupQuery, negated ? Occur.MUST_NOT : Occur.MUST);
            }
        }

        if (groups.All(g => g.Negated))
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        bonuses.AddRange(Proximity(tokens));
        return new ParsedQuery(bonuses.Count == 0 ? query : new RankedQuery(query, bonuses), exactSequences);
    }

    /// <summary>
    /// For a query of several body words or phrases (no OR): scoring-only clauses for their characters found near one
    /// another in the body, in two bands (within 10 and within 40 characters of their typed layout). Each word is
    /// represented by its first two characters in the exact field, whose positions are characters: SmartCn words
    /// would not do, as SmartCn segments a word differently in the query and in a sentence (行政诉讼). The
    /// bonuses (<see cref="RankedQuery"/>) are read only at a document being scored.
    /// </summary>
    private static List<Query> Proximity(List<QueryToken> tokens)
    {
        if (tokens.Any(t => t.Kind == TokenKind.Or))
        {
            return [];
        }

        var heads = new List<(string Bigram, int Position)>();
        var position = 0;
        foreach (var token in tokens.Where(t => t.Field is null && !t.Negated))
        {
            var units = UnitValues(token.Value);
            if (units.Count >= 2)
            {
                heads.Add((units[0] + units[1], position));
            }

            position += units.Count;
        }

        if (heads.Count < 2 || heads.Count > 8)
        {
            return [];
        }

        return [NearQuery.Create(IndexFields.TextExact, heads, 10, NearBonus), NearQuery.Create(IndexFields.TextExact, heads, 40, CloseBonus)];
    }

    private static BooleanQuery Disjunction(List<Query> alternatives)
    {
        var disjunction = new BooleanQuery();
        foreach (var alternative in alternatives)
        {
            disjunction.Add(alternative, Occur.SHOULD);
        }

        return disjunction;
    }

    private Query ClauseQuery(QueryToken token, List<HighlightTerm>? exactSequences)
    {
        switch (token.Field)
        {
            case null:
                return token.Negated
                    ? TextQuery(token, IndexFields.Text, IndexFields.TextExact, null)
                    : Ranked(token, TextQuery(token, IndexFields.Text, IndexFields.TextExact, exactSequences));
            case "title":
                return TextQuery(token, IndexFields.Title, IndexFields.TitleExact, null);
            case "agency":
                return TextQuery(token, IndexFields.Agency, IndexFields.AgencyExact, null);
            case "year":
                return YearQuery(token);
            case "region":
                return RegionQuery(token);
            default:
                throw new SearchSyntaxException($"Unknown field '{token.Field}:'.", token.Position);
        }
    }

    /// <summary>
    /// A word or quoted phrase. The set: a quoted phrase matches its exact character sequence; a word matches that
    /// or all of its SmartCn words (<see cref="WordQuery"/>). The score: a constant for the match plus BM25 of the
    /// SmartCn words, so a word SmartCn found ranks above a bigram-only match. No clause reads positions beyond a
    /// sequence's first occurrence, which keeps match-everything queries affordable.
    /// </summary>
    private Query TextQuery(QueryToken token, string wordField, string exactField, List<HighlightTerm>? exactSequences)
    {
        var units = UnitValues(token.Value);
        var exact = ExactQuery(exactField, units);
        if (exact is null)
        {
            // Nothing but whitespace inside quotes.
            throw new SearchSyntaxException("Empty phrase.", token.Position);
        }

        var words = AnalyzeWords(wordField, token.Value);
        var group = exactSequences?.Count(t => t.Typed) ?? 0;
        exactSequences?.Add(new HighlightTerm(units, group, Typed: true));
        if (token.Quoted)
        {
            var phrase = new BooleanQuery();
            phrase.Add(exact, Occur.MUST);
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                phrase.Add(new ScoringOnlyTermQuery(new Term(wordField, word)), Occur.SHOULD);
            }

            return phrase;
        }

        Query? allWords = null;
        if (words.Count == 1)
        {
            allWords = new TermQuery(new Term(wordField, words[0])) { Boost = WordBoost };
        }
        else if (words.Count > 1)
        {
            var conjunction = new BooleanQuery { Boost = WordBoost };
            foreach (var word in words.Distinct(StringComparer.Ordinal))
            {
                conjunction.Add(new TermQuery(new Term(wordField, word)), Occur.MUST);

                // The words of a multi-word match are marked where the typed sequence is absent; single characters would mark too much.
                var wordUnits = UnitValues(word);
                if (wordUnits.Count > 1)
                {
                    exactSequences?.Add(new HighlightTerm(wordUnits, group, Typed: false));
                }
            }

            allWords = conjunction;
        }

        return new WordQuery(allWords, exact);
    }

    /// <summary>
    /// A body word or phrase with the scoring-only clauses that rank what was typed: the typed characters as one
    /// sequence in the body (for a word: the match alone does not tell, as all its SmartCn words apart also match),
    /// in the title, in the agency's name. The bonuses (<see cref="RankedQuery"/>) are read only at a matched
    /// document being scored, so counting queries never read them.
    /// </summary>
    private static Query Ranked(QueryToken token, Query match)
    {
        var units = UnitValues(token.Value);
        if (units.Count < 2)
        {
            return match;
        }

        var bonuses = new List<Query>();
        if (!token.Quoted)
        {
            bonuses.Add(WithBoost(ExactQuery(IndexFields.TextExact, units)!, SequenceBonus));
        }

        bonuses.Add(WithBoost(ExactQuery(IndexFields.TitleExact, units)!, TitleBonus));
        bonuses.Add(WithBoost(ExactQuery(IndexFields.AgencyExact, units)!, AgencyBonus));
        return new RankedQuery(match, bonuses);
    }

    private static Query WithBoost(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }

    private static List<string> UnitValues(string text) => [.. ExactTextForm.Units(text).Select(u => u.Value)];

    /// <summary>
    /// The exact-field query for a unit sequence, scoring a constant: a prefix for one unit, a term for two, a
    /// term of the body's common-sequence field for a <see cref="CommonSequences"/> entry, beyond that an
    /// <see cref="ExactSequenceQuery"/>.
    /// </summary>
    internal static Query? ExactQuery(string field, IReadOnlyList<string> units)
    {
        switch (units.Count)
        {
            case 0:
                return null;
            case 1:
                return new PrefixQuery(new Term(field, units[0]));
            case 2:
                return new ConstantScoreQuery(new TermQuery(new Term(field, units[0] + units[1])));
            case <= CommonSequences.MaxUnits when field == IndexFields.TextExact && CommonSequences.TryGet(units, out var common):
                // One docs-only term instead of positions: the same reports, found without reading where.
                return new ConstantScoreQuery(new TermQuery(new Term(IndexFields.TextCommon, common)));
            default:
                return new ExactSequenceQuery(field, units);
        }
    }

    private List<string> AnalyzeWords(string field, string value) => AnalyzeWords(analyzer, field, value);

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="value"/> for <paramref name="field"/>.</summary>
    internal static List<string> AnalyzeWords(Analyzer analyzer, string field, string value)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream(field, value);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    private static Query YearQuery(QueryToken token)
    {
        var value = token.Value.Trim();
        var separator = value.IndexOf("..", StringComparison.Ordinal);
        int? from;
        int? to;
        if (separator < 0)
        {
            from = to = ParseYear(value, token);
        }
        else
        {
            from = separator == 0 ? null : ParseYear(value[..separator], token);
            to = separator + 2 == value.Length ? null : ParseYear(value[(separator + 2)..], token);
            if (from is null && to is null)
            {
                throw new SearchSyntaxException("year: needs a year or a range such as 2018..2020.", token.Position);
            }
        }

        return new ConstantScoreQuery(YearRangeQuery(from, to)) { Boost = 0f };
    }

    /// <summary>
    /// Reports whose year is in [<paramref name="from"/>, <paramref name="to"/>] (either end open), checked at each
    /// candidate another clause proposes (<see cref="YearRangeFilter"/>). A numeric-terms range marks every report of
    /// the range before the conjunction starts — most of the archive for a range of years: at 100k a province and
    /// 2015..2022 cost 3.5 ms of CPU against 0.3 ms for the word alone (ninth-session search-cpu).
    /// </summary>
    internal static Query YearRangeQuery(int? from, int? to) =>
        new ConstantScoreQuery(new YearRangeFilter(from ?? int.MinValue + 1, to ?? int.MaxValue));

    private static int ParseYear(string text, QueryToken token) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new SearchSyntaxException($"year: expects a four-digit year or a range such as 2018..2020, not '{token.Value}'.", token.Position);

    private Query RegionQuery(QueryToken token)
    {
        var value = token.Value.Trim();
        var code = value.Length is 2 or 4 or 6 && value.All(char.IsAsciiDigit)
            ? value.PadRight(6, '0')
            : regionNames.ResolveCode(value);
        if (code is null || !RegionCodes.IsCode(code))
        {
            throw new SearchSyntaxException(value.Length == 0
                ? "region: needs a region code (640221) or name."
                : $"Unknown region '{value}': use a GB/T 2260 code such as 640221 or a known region name.", token.Position);
        }

        return new ConstantScoreQuery(RegionFilterQuery(code)) { Boost = 0f };
    }

    /// <summary>Reports at or below <paramref name="code"/>.</summary>
    internal static Query RegionFilterQuery(string code)
    {
        var field = RegionCodes.LevelOf(code) switch
        {
            "province" => IndexFields.Province,
            "prefecture" => IndexFields.Prefecture,
            _ => IndexFields.County,
        };
        return new TermQuery(new Term(field, code));
    }

    private static List<QueryToken> Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var negated = false;
            if (text[i] is '-' or '－' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
            {
                negated = true;
                i++;
            }
            else if (text[i] is '-' or '－')
            {
                throw new SearchSyntaxException("'-' must be followed directly by the word or phrase to exclude.", i);
            }

            string? field = null;
            var colon = FieldPrefixLength(text, i);
            if (colon > 0)
            {
                field = text.Substring(i, colon - 1).ToLowerInvariant();
                i += colon;
            }

            if (i < text.Length && IsOpeningQuote(text[i]))
            {
                var close = text.IndexOfAny(['"', '”'], i + 1);
                if (close < 0)
                {
                    throw new SearchSyntaxException("Unbalanced quote: the phrase opened here is never closed.", i);
                }

                tokens.Add(new QueryToken(TokenKind.Term, text[(i + 1)..close], field, negated, Quoted: true, start));
                i = close + 1;
                continue;
            }

            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && !IsOpeningQuote(text[end]) && text[end] != '”')
            {
                end++;
            }

            if (end < text.Length && text[end] == '”')
            {
                throw new SearchSyntaxException("Unbalanced quote: a closing quote without an opening one.", end);
            }

            var value = text[i..end];
            i = end;
            if (field is null && !negated && string.Equals(value, "OR", StringComparison.Ordinal))
            {
                tokens.Add(new QueryToken(TokenKind.Or, value, null, false, false, start));
                continue;
            }

            if (value.Length == 0)
            {
                throw new SearchSyntaxException($"{field}: needs a value.", start);
            }

            tokens.Add(new QueryToken(TokenKind.Term, value, field, negated, Quoted: false, start));
        }

        return tokens;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“';

    /// <summary>Length of a "field:" prefix at <paramref name="start"/> for a known field, else 0.</summary>
    private static int FieldPrefixLength(string text, int start)
    {
        foreach (var field in (ReadOnlySpan<string>)["title", "agency", "year", "region"])
        {
            if (string.Compare(text, start, field, 0, field.Length, StringComparison.OrdinalIgnoreCase) == 0
                && start + field.Length < text.Length
                && text[start + field.Length] is ':' or '：')
            {
                return field.Length + 1;
            }
        }

        return 0;
    }

    private enum TokenKind
    {
        Term,
        Or,
    }

    private sealed record QueryToken(TokenKind Kind, string Value, string? Field, bool Negated, bool Quoted, int Position);
}
