// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveproblem.h"

namespace mailstore::core::archive {

std::string_view problemName(ArchiveProblem problem)
{
    switch (problem) {
    case ArchiveProblem::Truncated: return "truncated";
    case ArchiveProblem::BadStream: return "bad-stream";
    case ArchiveProblem::HeadMissing: return "head-missing";
    case ArchiveProblem::HeadCorrupt: return "head-corrupt";
    case ArchiveProblem::ManifestMissing: return "manifest-missing";
    case ArchiveProblem::ManifestCorrupt: return "manifest-corrupt";
    case ArchiveProblem::UnsupportedVersion: return "unsupported-version";
    case ArchiveProblem::AbsolutePath: return "absolute-path";
    case ArchiveProblem::PathTraversal: return "path-traversal";
    case ArchiveProblem::Link: return "link";
    case ArchiveProblem::SpecialFile: return "special-file";
    case ArchiveProblem::BadMode: return "bad-mode";
    case ArchiveProblem::BadName: return "bad-name";
    case ArchiveProblem::DuplicateMember: return "duplicate-member";
    case ArchiveProblem::ExtraMember: return "extra-member";
    case ArchiveProblem::MissingMember: return "missing-member";
    case ArchiveProblem::SizeMismatch: return "size-mismatch";
    case ArchiveProblem::HashMismatch: return "hash-mismatch";
    case ArchiveProblem::Oversized: return "oversized";
    case ArchiveProblem::TooManyMembers: return "too-many-members";
    case ArchiveProblem::ChainBroken: return "chain-broken";
    }
    return "bad-stream";
}

} // namespace mailstore::core::archive
