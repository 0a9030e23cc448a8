namespace LearningSociety.IntegrationTests.Authorization;

/// <summary>
/// Ids of data on one side of the line: the signed-in user's own unit, or another unit. Looked up
/// from the demo data by <see cref="MatrixPortal"/>, never written down as numbers.
/// </summary>
public sealed record MatrixSide
{
    /// <summary>A report of the unit: the one the user files, or for those who do not file, one their agency reviews.</summary>
    public int Report { get; init; }

    /// <summary>A submitted report the user's agency reviews (own side) or one reviewed elsewhere (other side).</summary>
    public int Reviewed { get; init; }

    /// <summary>An attachment of <see cref="Report"/>, for downloading.</summary>
    public int Attachment { get; init; }

    /// <summary>An attachment of <see cref="Report"/> kept for this actor alone, as the delete may succeed.</summary>
    public int DeletableAttachment { get; init; }

    /// <summary>A plan of the unit, with one of each of its parts.</summary>
    public int Plan { get; init; }

    /// <summary>A draft plan of the unit, created through the editor by the administrator.</summary>
    public int DraftPlan { get; init; }

    public int PlanItem { get; init; }

    public int Target { get; init; }

    public int Rule { get; init; }

    public int Phase { get; init; }

    public int Reference { get; init; }

    /// <summary>A reporting period of a plan of the unit, the plan's id and the plan's unit.</summary>
    public int Period { get; init; }

    public int PeriodPlan { get; init; }

    public int PeriodUnit { get; init; }

    public int Unit { get; init; }

    public int Agency { get; init; }

    /// <summary>An account of the unit that nobody signs in with, so locking it harms no test.</summary>
    public string User { get; init; } = "";

    /// <summary>A notification addressed to the actor (own) or to somebody else (other).</summary>
    public int Notification { get; init; }

    /// <summary>A finished export asked for by the actor (own) or by somebody else (other), its file on disk.</summary>
    public int ExportJob { get; init; }

    /// <summary>A finished unit list import (administrators see every one).</summary>
    public int UnitImportJob { get; init; }

    /// <summary>A scan read by OCR, uploaded by the actor (own) or by somebody else (other), its page image on disk.</summary>
    public int OcrJob { get; init; }
}
