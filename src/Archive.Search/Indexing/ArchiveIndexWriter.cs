using Archive.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Search.Indexing;

/// <summary>
/// The one writer of an index directory. A writer of the live generation holds the index root's
/// <see cref="IndexWriteLock"/> (an OS lock: Lucene's own write.lock did not keep a second process out on
/// Linux) from <see cref="Open"/> to <see cref="Dispose"/>. Documents are
/// keyed by ReportId: indexing a report again replaces it. Changes become visible to searchers after
/// <see cref="Commit"/> and their next refresh. Not for concurrent use from several threads without care:
/// Lucene's IndexWriter is thread-safe, this wrapper adds no state of its own.
/// </summary>
public sealed class ArchiveIndexWriter : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly IndexWriteLock? _lock;
    private readonly Dictionary<string, string> _commitData;

    private ArchiveIndexWriter(LuceneDirectory directory, string path, bool create, IndexWriteLock? held = null)
    {
        _directory = directory;
        _lock = held;
        if (!create)
        {
            IndexGenerations.CheckAnalysisVersion(directory, path);
        }

        var config = new IndexWriterConfig(ArchiveLuceneVersion.Current, ArchiveAnalyzers.Create())
        {
            OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            Similarity = ArchiveSimilarity.Instance,
        };
        _writer = new IndexWriter(directory, config);

        // Other entries of the last commit (a feed follower's position) are carried into every later commit.
        _commitData = create || !DirectoryReader.IndexExists(directory)
            ? []
            : new Dictionary<string, string>(DirectoryReader.ListCommits(directory)[^1].UserData, StringComparer.Ordinal);
        _commitData[AnalysisVersion.CommitDataKey] = AnalysisVersion.Current;
        _writer.SetCommitData(new Dictionary<string, string>(_commitData, StringComparer.Ordinal));

        // An empty first commit lets searchers open the index before the first report arrives.
        _writer.Commit();
        GenerationPath = path;
    }

    /// <summary>The generation directory this writer writes.</summary>
    public string GenerationPath { get; }

    /// <summary>Opens the writer of the live generation under <paramref name="indexRoot"/>, creating the index if needed.</summary>
    /// <exception cref="IndexAnalysisMismatchException">The live index has another analysis version.</exception>
    /// <exception cref="IndexBusyException">Another process kept the write lock for a minute.</exception>
    public static ArchiveIndexWriter Open(string indexRoot) =>
        OpenLocked(indexRoot, IndexWriteLock.Acquire(indexRoot, TimeSpan.FromMinutes(1)));

    /// <summary>Waits for the index root's write lock, then opens the writer of the live generation.</summary>
    public static async Task<ArchiveIndexWriter> OpenAsync(string indexRoot, CancellationToken cancellationToken) =>
        OpenLocked(indexRoot, await IndexWriteLock.AcquireAsync(indexRoot, cancellationToken).ConfigureAwait(false));

    private static ArchiveIndexWriter OpenLocked(string indexRoot, IndexWriteLock held)
    {
        FSDirectory? directory = null;
        try
        {
            // Read under the lock: a rebuild publishes a new generation only while holding it.
            var generation = IndexGenerations.EnsureCurrent(indexRoot);
            directory = FSDirectory.Open(generation);
            return new ArchiveIndexWriter(directory, generation, create: false, held);
        }
        catch
        {
            directory?.Dispose();
            held.Dispose();
            throw;
        }
    }

    /// <summary>The ids of the reports this index holds (deletions applied).</summary>
    public HashSet<long> ReadIds()
    {
        var ids = new HashSet<long>();
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(IndexFields.IdValues);
            var live = leaf.AtomicReader.LiveDocs;
            for (var doc = 0; values is not null && doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    ids.Add(values.Get(doc));
                }
            }
        }

        return ids;
    }

    /// <summary>Creates a new, empty index in <paramref name="generationPath"/> (used by the rebuilder).</summary>
    internal static ArchiveIndexWriter Create(string generationPath) =>
        new(FSDirectory.Open(generationPath), generationPath, create: true);

    /// <summary>Adds or replaces the report's document.</summary>
    public void Index(SearchDocument document) =>
        _writer.UpdateDocument(SearchDocumentMapper.IdTerm(document.ReportId), SearchDocumentMapper.ToLucene(document));

    /// <summary>
    /// Indexes every document, committing every <paramref name="commitEvery"/> documents and at the end. Batches
    /// are analysed on all cores (IndexWriter takes documents from several threads), since SmartCn is the cost.
    /// </summary>
    /// <returns>The number of documents indexed.</returns>
    public async Task<int> IndexAllAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken, int commitEvery = 10_000)
    {
        ArgumentNullException.ThrowIfNull(documents);
        const int BatchSize = 256;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        var batch = new List<SearchDocument>(BatchSize);
        var count = 0;
        var uncommitted = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(document);
            if (batch.Count == BatchSize)
            {
                Parallel.ForEach(batch, parallel, Index);
                count += batch.Count;
                uncommitted += batch.Count;
                batch.Clear();
                if (uncommitted >= commitEvery)
                {
                    Commit();
                    uncommitted = 0;
                }
            }
        }

        Parallel.ForEach(batch, parallel, Index);
        count += batch.Count;
        Commit();
        return count;
    }

    /// <summary>The user data of the last commit, with what <see cref="SetCommitData"/> changed since.</summary>
    public IReadOnlyDictionary<string, string> CommitData => _commitData;

    /// <summary>Entries stored with the next <see cref="Commit"/>, atomically with the documents it commits.</summary>
    public void SetCommitData(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var (key, value) in entries)
        {
            _commitData[key] = value;
        }

        _writer.SetCommitData(new Dictionary<string, string>(_commitData, StringComparer.Ordinal));
    }

    /// <summary>Removes the report's document if present.</summary>
    public void Delete(long reportId) => _writer.DeleteDocuments(SearchDocumentMapper.IdTerm(reportId));

    /// <summary>Makes the changes durable and visible to searchers at their next refresh.</summary>
    public void Commit() => _writer.Commit();

    /// <summary>Merges the index into one segment and commits it (what a rebuilt generation is published as).</summary>
    public void MergeIntoOneSegment()
    {
        _writer.ForceMerge(1);
        _writer.Commit();
    }

    /// <summary>Commits pending changes and releases the write lock.</summary>
    public void Dispose()
    {
        try
        {
            _writer.Dispose();
            _directory.Dispose();
        }
        finally
        {
            _lock?.Dispose();
        }
    }
}
