using Microsoft.Extensions.Options;

namespace Archive.Api.Http;

/// <summary>Rules across fields of <see cref="ApiOptions"/> that annotations cannot say.</summary>
public sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    public const int MinApiKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        if (!string.IsNullOrEmpty(options.ApiKey) && options.ApiKey.Length < MinApiKeyLength)
        {
            builder.AddError($"Api:ApiKey must be at least {MinApiKeyLength} characters (or empty to turn writes off)", nameof(options.ApiKey));
        }

        foreach (var origin in options.CorsOrigins)
        {
            if (origin != "*" && CorsOriginPattern.TryParse(origin, out var error) is null)
            {
                builder.AddError($"Api:CorsOrigins: {error}", nameof(options.CorsOrigins));
            }
        }

        if (options.MaxQueryLength > options.MaxRequestBodyBytes)
        {
            builder.AddError("Api:MaxQueryLength cannot exceed Api:MaxRequestBodyBytes", nameof(options.MaxQueryLength));
        }

        var heaviestQuery = 1 + (options.MaxComplexity / options.ComplexityPerPoint);
        if (options.RateLimitPoints > 0 && options.RateLimitPoints < heaviestQuery)
        {
            builder.AddError(
                $"Api:RateLimitPoints ({options.RateLimitPoints}) is below the cost of the most complex query allowed ({heaviestQuery} points = 1 + Api:MaxComplexity / Api:ComplexityPerPoint), which could then never run",
                nameof(options.RateLimitPoints));
        }

        return builder.Build();
    }
}
