using Lucene.Net.Analysis;

namespace Archive.Search.Analysis;

/// <summary>
/// The exact-sequence field: <see cref="ExactBigramTokenizer"/> alone. Lucene's CJKBigramFilter was not
/// enough: it bigrams only CJK runs behind StandardTokenizer, which drops punctuation and keeps Latin and
/// digit runs as whole words, so a quoted "2018年" or "依申请公开，" could not be matched exactly.
/// </summary>
public sealed class CjkBigramFieldAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ExactBigramTokenizer(reader));
}
