using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace Archive.Search.Analysis;

/// <summary>The per-field analyzer used both to index and to build queries.</summary>
public static class ArchiveAnalyzers
{
    /// <summary>SmartCn for word fields, exact bigrams for the "_exact" fields, common sequences for the body's. Thread-safe; share one.</summary>
    public static Analyzer Create()
    {
        var exact = new CjkBigramFieldAnalyzer();
        var perField = IndexFields.ExactFields.ToDictionary(field => field, Analyzer (_) => exact, StringComparer.Ordinal);
        perField[IndexFields.TextCommon] = new CommonSequenceFieldAnalyzer();
        return new PerFieldAnalyzerWrapper(new SmartCnFieldAnalyzer(), perField);
    }
}
