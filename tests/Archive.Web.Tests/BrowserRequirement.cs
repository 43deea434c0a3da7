namespace Archive.Web.Tests;

/// <summary>
/// The browser tests need Debian's chromium (Playwright drives /usr/bin/chromium; no browser is downloaded) and the
/// Noto CJK fonts. Without them a developer's `dotnet test Archive.sln` skips these tests and says once what to
/// install (<see cref="BrowserRequirementTests"/>); under CI=true they are required and fail instead.
/// </summary>
public static class BrowserRequirement
{
    public const string InstallCommand = "apt-get install chromium fonts-noto-cjk";

    public static bool IsInstalled => File.Exists(ServedArchive.ChromiumPath);

    /// <summary>CI sets CI=true: there a missing browser is a failure, never a skip.</summary>
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the browser tests are to be skipped here (no chromium, not CI).</summary>
    public static bool Skipped => !IsInstalled && !IsRequired;

    public static string Missing =>
        $"{ServedArchive.ChromiumPath} not found: the browser tests need Debian's chromium and CJK fonts; install them with `{InstallCommand}` (as root), or set CI=true to make these tests required";

    /// <summary>The skip reason of every other browser test: short, pointing at the one message above.</summary>
    public const string SeeAbove = "no chromium (see BrowserRequirementTests for what to install)";
}

/// <summary>A browser test: skipped without chromium unless CI=true.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserRequirement.Skipped)
        {
            Skip = BrowserRequirement.SeeAbove;
        }
    }
}

/// <summary>A browser theory: skipped without chromium unless CI=true.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserRequirement.Skipped)
        {
            Skip = BrowserRequirement.SeeAbove;
        }
    }
}

/// <summary>The one place that says what to install; fails under CI=true when the browser is missing.</summary>
public sealed class BrowserRequirementTests
{
    public sealed class ChromiumFactAttribute : FactAttribute
    {
        public ChromiumFactAttribute()
        {
            if (BrowserRequirement.Skipped)
            {
                Skip = BrowserRequirement.Missing;
            }
        }
    }

    [ChromiumFact]
    public void Chromium_IsInstalled() => Assert.True(BrowserRequirement.IsInstalled, BrowserRequirement.Missing);
}
