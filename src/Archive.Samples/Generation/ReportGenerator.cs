namespace Archive.Samples.Generation;

/// <summary>
/// Deterministic synthetic 政府信息公开工作年度报告 with ground truth: real regions, plausible agencies, years
/// 2008–2025, the pre2019 / 2019 / 2021 layouts in the text shapes real files come in. Report i depends only on
/// (seed, i, rates), never on the machine, the runtime's Random or the degree of parallelism.
/// </summary>
public static class ReportGenerator
{
    /// <summary>The reports of <paramref name="options"/>, in index order (lazily).</summary>
    public static IEnumerable<GeneratedReport> Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Iterate(options);
    }

    /// <summary>Report number <paramref name="index"/> of a run.</summary>
    public static GeneratedReport GenerateOne(GeneratorOptions options, int index)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return ReportComposer.Compose(options, index);
    }

    /// <summary>
    /// Writes <c>&lt;name&gt;.txt</c> and <c>&lt;name&gt;.json</c> (truth) for every report into <paramref name="outDir"/>
    /// (created if missing), in parallel; the files do not depend on the degree of parallelism.
    /// <paramref name="progress"/> receives the number of reports written so far. Returns the number written.
    /// </summary>
    public static async Task<int> WriteAsync(string outDir, GeneratorOptions options, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Directory.CreateDirectory(outDir);
        var written = 0;
        var series = options.Series is null ? null : new (string File, SeriesTruth Truth)[options.Count];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Environment.ProcessorCount,
        };
        // Synchronous writes on the worker threads: small files, and async file I/O only adds overhead here.
        await Task.Run(
            () => Parallel.For(options.FirstIndex, options.FirstIndex + options.Count, parallel, index =>
            {
                var report = ReportComposer.Compose(options, index);
                File.WriteAllBytes(Path.Combine(outDir, report.FileName), report.Bytes);
                File.WriteAllBytes(Path.Combine(outDir, report.TruthFileName), TruthJson.Serialize(report.Truth));
                if (series is not null && report.Series is { } truth)
                {
                    series[index - options.FirstIndex] = (report.FileName, truth);
                }

                var done = Interlocked.Increment(ref written);
                progress?.Report(done);
            }),
            cancellationToken);
        if (series is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(outDir, SeriesTruthFile.FileName), SeriesTruthFile.Format(series, options.FirstIndex), cancellationToken);
        }

        return written;
    }

    private static IEnumerable<GeneratedReport> Iterate(GeneratorOptions options)
    {
        for (var index = options.FirstIndex; index < options.FirstIndex + options.Count; index++)
        {
            yield return ReportComposer.Compose(options, index);
        }
    }
}
