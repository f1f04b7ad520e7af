//! schema.org ClaimReview JSON-LD, one review per conflict, for fact-checkers who publish structured data.
//!
//! Only findings where the coverage contradicts itself become reviews (conflicting or stale figures,
//! misattributed or drifting quotes, wrong titles); spelling findings are editing notes, not claims.
//! Each review names the claim as written at its primary span, says what conflicts with it, and
//! lists every article involved as an appearance of the claim.

use super::{FindingView, Report};
use crate::check::Category;
use serde_json::{json, Value};

/// The rating's wording for each category that is a conflict; other categories are not reviewed.
fn rating(kind: Category) -> Option<&'static str> {
    Some(match kind {
        Category::NumericConflict => "Conflicting figures",
        Category::StaleFigure => "Outdated figure",
        Category::AttributionConflict => "Misattributed",
        Category::QuoteDrift => "Misquoted",
        Category::RoleConflict => "Wrong title",
        Category::NameVariant | Category::Misspelling => return None,
    })
}

fn review(r: &Report<'_>, f: &FindingView, name: &str) -> Value {
    let mut docs: Vec<usize> = Vec::new();
    for l in &f.labels {
        if !docs.contains(&l.doc) {
            docs.push(l.doc);
        }
    }
    let appearances: Vec<Value> = docs
        .iter()
        .map(|&d| {
            let doc = &r.docs[d];
            let mut v = json!({ "@type": "CreativeWork", "name": doc.path, "identifier": doc.id });
            if let Some(p) = doc.published {
                v["datePublished"] = json!(p.to_string());
            }
            if let Some(t) = &doc.title {
                v["headline"] = json!(t);
            }
            if let Some(o) = &doc.outlet {
                v["publisher"] = json!({ "@type": "Organization", "name": o });
            }
            v
        })
        .collect();
    let claim = f.labels.first().map(|l| l.text.clone()).unwrap_or_default();
    let mut rating = json!({ "@type": "Rating", "alternateName": name });
    if let Some(h) = &f.help {
        rating["ratingExplanation"] = json!(h);
    }
    json!({
        "@type": "ClaimReview",
        "identifier": format!("{}#{}", f.rule, f.index + 1),
        "claimReviewed": claim,
        "reviewBody": f.message,
        "reviewRating": rating,
        "itemReviewed": {
            "@type": "Claim",
            "appearance": appearances,
        },
        "author": { "@type": "Organization", "name": "claimlint" },
    })
}

/// Every conflict of the report as a ClaimReview, in one JSON-LD document (`@graph`).
pub(crate) fn claimreview(r: &Report<'_>) -> String {
    let reviews: Vec<Value> = r.findings.iter().filter_map(|f| rating(f.kind).map(|name| review(r, f, name))).collect();
    let v = json!({ "@context": "https://schema.org", "@graph": reviews });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}
