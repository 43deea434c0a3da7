namespace Archive.Cli.Infrastructure;

/// <summary>Exit codes of the `archive` command (listed in README.md).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Error = 1;
    public const int Usage = 2;
    public const int SomeFilesFailed = 3;
    public const int Cancelled = 130;
}
