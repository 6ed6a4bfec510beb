//! Knowledge and learning (capability 5), public: the guide — every framework
//! pack's steps with their guidance, what each produces, its checklists and
//! legal basis, one page per step — the measure catalogue with how many
//! organisations have used each measure, and a search over both that finds
//! a word in any of its forms ("suunnitelma" finds "suunnitelmassa"). All of
//! it is read from the packs, which experts write as data; the usage counts
//! come from the organisations' plans. The handbooks (good relations between
//! population groups, equality in urban planning) are data as well, a
//! chapter a page, and found by the same search. Courses are data too: a
//! signed-in person reads lessons and takes quizzes, and earns a certificate
//! that anyone can verify by its code.

pub(crate) mod catalogue;
pub(crate) mod certificates;
pub(crate) mod courses;
pub(crate) mod guide;
pub(crate) mod handbooks;
pub(crate) mod search;
pub(crate) mod training;

use axum::routing::{get, post};
use axum::Router;

use crate::AppState;

/// This capability's routes.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/guide", get(guide::index))
        .route("/guide/search", get(search::search))
        .route("/guide/{pack}", get(guide::pack))
        .route("/guide/{pack}/{step}", get(guide::step))
        .route("/catalogue", get(catalogue::catalogue))
        .route("/handbooks/{id}", get(handbooks::handbook))
        .route("/handbooks/{id}/{chapter}", get(handbooks::chapter))
        .route("/courses", get(courses::index))
        .route("/courses/{course}", get(courses::course))
        .route("/courses/{course}/renew", post(courses::renew))
        .route("/courses/{course}/media/{file}", get(courses::media))
        .route(
            "/courses/{course}/lessons/{lesson}",
            get(courses::lesson).post(courses::read),
        )
        .route(
            "/courses/{course}/quiz/{module}",
            get(courses::quiz).post(courses::start),
        )
        .route(
            "/courses/{course}/attempts/{attempt}",
            get(courses::attempt).post(courses::submit),
        )
        .route("/certificates", get(certificates::mine))
        .route("/certificates/name", post(certificates::set_name))
        .route("/verify", get(certificates::form))
        .route("/verify/{code}", get(certificates::verify))
        .route("/verify/{code}/certificate.pdf", get(certificates::pdf))
        .route("/orgs/{org}/training", get(training::page))
        .route("/orgs/{org}/training/target", post(training::target))
        .route("/orgs/{org}/training/invite", post(training::invite))
}
