namespace Enforcement.Api.Admin.Users;

/// <summary>
/// What a password set by an administrator must be: as long as the bootstrap administrator's (Seed:AdminPassword,
/// at least 12), letters and digits, no control characters, and not the user name inside it.
/// </summary>
internal static class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    public static bool IsStrong(string? password, string userName) =>
        password is { Length: >= MinLength and <= MaxLength }
        && password.Any(char.IsLetter) && password.Any(char.IsDigit)
        && !Infrastructure.TextRules.HasControlCharacters(password, multiline: false)
        && (userName.Length == 0 || !password.Contains(userName, StringComparison.OrdinalIgnoreCase));
}
