using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Email;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningSociety.Web.Features.Admin.UnsentMail;

/// <summary>Notifications whose e-mail failed at least once and has not gone out since, newest first.</summary>
public sealed class UnsentMailQueries(AppDbContext db, TimeProvider clock, IOptions<EmailOptions> options)
{
    public const int Shown = 200;

    public async Task<UnsentMailModel> ListAsync(CancellationToken ct)
    {
        var failed = db.Notifications.AsNoTracking().Where(n => n.EmailedAt == null && n.EmailAttempts > 0);
        var total = await failed.CountAsync(ct);
        var rows = await failed
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new
            {
                n.Id, n.Title, n.CreatedAt, n.EmailAttempts, n.EmailError, n.EmailRetryAt, u.FullName, u.Email,
            })
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(Shown)
            .ToListAsync(ct);

        var now = clock.GetUtcNow();
        var maxAgeDays = Math.Max(1, options.Value.MaxAgeDays);
        var oldest = now.AddDays(-maxAgeDays);
        return new UnsentMailModel(
            [.. rows.Select(r => new UnsentMailModel.Row(
                string.IsNullOrWhiteSpace(r.FullName) ? r.Email ?? "" : r.FullName,
                r.Email ?? "",
                r.Title,
                Display.DateTime(r.CreatedAt),
                r.EmailAttempts,
                r.EmailError ?? "",
                r.CreatedAt < oldest ? $"Không gửi nữa: thông báo đã quá {maxAgeDays} ngày (vẫn xem được trong trang Thông báo)"
                : r.EmailRetryAt is { } retry && retry > now ? $"Thử lại sau {Display.DateTime(retry)}"
                : "Thử lại ở lượt gửi kế tiếp"))],
            total);
    }
}
