namespace Archive.Cli.Commands.Serve;

/// <param name="SampleSize">Reports to generate and ingest when the archive is empty (0: none).</param>
public sealed record ServeInput(string Urls, string? DataDirectory, bool Verbose, int SampleSize);
