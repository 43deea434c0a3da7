namespace Archive.Cli.Commands.Serve;

public sealed record ServeInput(string Urls, string? DataDirectory, bool Verbose);
