using Lucene.Net.Analysis;

namespace Archive.Search.Analysis;

/// <summary>The common-sequence field: <see cref="CommonSequenceTokenizer"/> alone.</summary>
public sealed class CommonSequenceFieldAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new CommonSequenceTokenizer(reader));
}
