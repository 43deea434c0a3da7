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
            if (origin != "*" && !Uri.TryCreate(origin, UriKind.Absolute, out _))
            {
                builder.AddError($"Api:CorsOrigins: '{origin}' is not an absolute origin such as https://example.org", nameof(options.CorsOrigins));
            }
        }

        if (options.MaxQueryLength > options.MaxRequestBodyBytes)
        {
            builder.AddError("Api:MaxQueryLength cannot exceed Api:MaxRequestBodyBytes", nameof(options.MaxQueryLength));
        }

        return builder.Build();
    }
}
