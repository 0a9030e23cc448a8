using LearningSociety.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

/// <summary>Maps a <see cref="Deadline"/> into the owner's table with a "Deadline" column prefix.</summary>
internal static class DeadlineMapping
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, Deadline> deadline)
        where TOwner : class
    {
        deadline.Property(d => d.Kind).HasColumnName("DeadlineKind");
        deadline.Property(d => d.Date).HasColumnName("DeadlineDate");
        deadline.Property(d => d.Year).HasColumnName("DeadlineYear");
        deadline.Property(d => d.Quarter).HasColumnName("DeadlineQuarter");
        deadline.Property(d => d.Day).HasColumnName("DeadlineDay");
        deadline.Property(d => d.Month).HasColumnName("DeadlineMonth");
        deadline.Property(d => d.PhaseName).HasColumnName("DeadlinePhase").HasMaxLength(200);
        deadline.Property(d => d.Text).HasColumnName("DeadlineText").HasMaxLength(1000);
    }
}
