using Lucene.Net.Util;

namespace Archive.Search.Analysis;

/// <summary>The one Lucene compatibility version used by every analyzer and writer in Archive.</summary>
public static class ArchiveLuceneVersion
{
    public const LuceneVersion Current = LuceneVersion.LUCENE_48;
}
