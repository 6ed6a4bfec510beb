//! A minimal axum server: GET / answers "Hello, world!". It is the ceiling
//! that bench/run.sh compares Jämlik with: the same framework, runtime and
//! machine, and no work of its own.
//!
//! Usage: bench-hello 127.0.0.1:PORT

use axum::routing::get;
use axum::Router;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let address = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let app = Router::new().route("/", get(|| async { "Hello, world!" }));
    let listener = tokio::net::TcpListener::bind(&address).await?;
    axum::serve(listener, app).await
}
