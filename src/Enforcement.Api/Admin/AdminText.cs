using Enforcement.Api.Admin.Users;
using Enforcement.Api.Identity;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Admin;

/// <summary>The administration's messages and labels, Vietnamese first.</summary>
internal static class AdminText
{
    public static string Required => Text.Pick("Vui lòng nhập trường này.", "This field is required.");
    public static string TooLong(int max) => Text.Pick($"Không được dài quá {max} ký tự.", $"At most {max} characters.");
    public static string ControlCharacters => Text.Get("error.controlCharacters");
    public static string UserNameFormat => Text.Pick("Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.",
        "A user name has 3–64 characters: lowercase letters without accents, digits, dot, hyphen or underscore.");
    public static string UserNameTaken => Text.Pick("Tên đăng nhập này đã được dùng.", "This user name is already taken.");
    public static string UnknownUser => Text.Pick("Không tìm thấy người dùng này.", "No such user.");
    public static string Email => Text.Get("error.email");
    public static string UnknownRole => Text.Pick("Vai trò không hợp lệ.", "Unknown role.");
    public static string UnknownAgency => Text.Pick("Không tìm thấy cơ quan này.", "No such agency.");
    public static string UnknownTeam => Text.Pick("Không tìm thấy đội này.", "No such team.");
    public static string TeamOfOtherAgency => Text.Pick("Đội này không thuộc cơ quan đã chọn.", "This team does not belong to the chosen agency.");
    public static string WeakPassword => Text.Pick(
        $"Mật khẩu cần từ {PasswordPolicy.MinLength} đến {PasswordPolicy.MaxLength} ký tự, có cả chữ và số, và không chứa tên đăng nhập.",
        $"A password needs {PasswordPolicy.MinLength} to {PasswordPolicy.MaxLength} characters, letters and digits, and must not contain the user name.");
    public static string NotYourself => Text.Pick("Bạn không thể tự vô hiệu hóa tài khoản của mình.", "You cannot deactivate your own account.");
    public static string KeepOwnAdminRole => Text.Pick("Bạn không thể tự bỏ vai trò quản trị của mình.", "You cannot remove your own administrator role.");
    public static string CodeFormat => Text.Pick("Mã gồm 2–32 ký tự: chữ in hoa không dấu, chữ số hoặc gạch ngang.", "A code has 2–32 characters: capital letters, digits or hyphens.");
    public static string CodeTaken => Text.Pick("Mã này đã được dùng.", "This code is already used.");
    public static string UnknownKind => Text.Pick("Loại cơ quan không hợp lệ.", "Unknown kind of agency.");
    public static string Date => Text.Pick("Ngày không hợp lệ (định dạng yyyy-MM-dd).", "Invalid date (yyyy-MM-dd).");
    public static string Saved => Text.Pick("Đã lưu.", "Saved.");

    public static string Kind(string kind) => kind switch
    {
        AgencyKinds.Department => Text.Pick("Sở (cơ quan chủ quản)", "Department"),
        AgencyKinds.Qltt => Text.Pick("Quản lý thị trường", "Market surveillance"),
        AgencyKinds.Police => Text.Pick("Công an", "Police"),
        AgencyKinds.ConsumerAssociation => Text.Pick("Hội bảo vệ người tiêu dùng", "Consumer association"),
        AgencyKinds.ScienceTechnology => Text.Pick("Khoa học và Công nghệ", "Science and technology"),
        AgencyKinds.AgricultureEnvironment => Text.Pick("Nông nghiệp và Môi trường", "Agriculture and environment"),
        AgencyKinds.Tax => Text.Pick("Thuế", "Tax"),
        AgencyKinds.Customs => Text.Pick("Hải quan", "Customs"),
        _ => kind,
    };

    public static readonly IReadOnlyList<string> Kinds =
    [
        AgencyKinds.Department, AgencyKinds.Qltt, AgencyKinds.Police, AgencyKinds.ConsumerAssociation,
        AgencyKinds.ScienceTechnology, AgencyKinds.AgricultureEnvironment, AgencyKinds.Tax, AgencyKinds.Customs,
    ];

    public static string Action(string action) => action switch
    {
        Audit.AuditActions.UserCreated => Text.Pick("Tạo người dùng", "User created"),
        Audit.AuditActions.UserUpdated => Text.Pick("Sửa người dùng", "User edited"),
        Audit.AuditActions.UserDeactivated => Text.Pick("Vô hiệu hóa tài khoản", "Account deactivated"),
        Audit.AuditActions.UserReactivated => Text.Pick("Kích hoạt lại tài khoản", "Account reactivated"),
        Audit.AuditActions.PasswordReset => Text.Pick("Đặt lại mật khẩu", "Password reset"),
        Audit.AuditActions.LockoutReleased => Text.Pick("Mở khóa đăng nhập", "Lockout released"),
        Audit.AuditActions.TeamCreated => Text.Pick("Tạo đội", "Team created"),
        Audit.AuditActions.TeamUpdated => Text.Pick("Sửa đội", "Team edited"),
        Audit.AuditActions.AgencyCreated => Text.Pick("Tạo cơ quan", "Agency created"),
        Audit.AuditActions.AgencyUpdated => Text.Pick("Sửa cơ quan", "Agency edited"),
        _ => action,
    };

    public static string Field(string field) => field switch
    {
        "userName" => Text.Pick("Tên đăng nhập", "User name"),
        "fullName" => Text.Pick("Họ và tên", "Full name"),
        "email" => "Email",
        "role" => Text.Pick("Vai trò", "Role"),
        "agency" => Text.Pick("Cơ quan", "Agency"),
        "team" => Text.Pick("Đội", "Team"),
        "isActive" => Text.Pick("Đang hoạt động", "Active"),
        "password" => Text.Pick("Mật khẩu", "Password"),
        "lockedUntil" => Text.Pick("Khóa đăng nhập đến", "Locked until"),
        "failedLogins" => Text.Pick("Số lần nhập sai", "Failed sign-ins"),
        "sessionsEnded" => Text.Pick("Phiên đăng nhập đã kết thúc", "Sessions ended"),
        "code" => Text.Pick("Mã", "Code"),
        "name" => Text.Pick("Tên", "Name"),
        "nameEn" => Text.Pick("Tên tiếng Anh", "English name"),
        "kind" => Text.Pick("Loại", "Kind"),
        _ => field,
    };

    /// <summary>A recorded value as people read it: a role's name, yes/no, a Vietnam time.</summary>
    public static string Value(string field, string? value) => value switch
    {
        null => "—",
        _ when field == "password" => Text.Pick("(đã đổi)", "(changed)"),
        _ when field == "role" && Roles.All.Contains(value) => Text.Role(value),
        _ when field == "kind" => Kind(value),
        "true" => Text.Pick("có", "yes"),
        "false" => Text.Pick("không", "no"),
        _ when field == "lockedUntil" && DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            => Infrastructure.VietnamTime.Format(at),
        _ => value,
    };
}
