//! The maps of Finnish and Swedish municipalities: the shipped boundaries
//! (`data/fi/municipalities_2020.topo.json`, Statistics Finland, CC BY 4.0,
//! simplified by Yleisradio; `data/se/municipalities.geojson`, the Election
//! Authority's boundaries simplified by the okfse/sweden-geojson project)
//! decoded into SVG paths once per process and kept, so a page only joins
//! them with statuses.
//!
//! TopoJSON stores shared borders once as arcs of quantized, delta-encoded
//! points; a polygon lists the arcs of each ring (a negative index `!i` means
//! arc `i` reversed). Points are projected with the sinusoidal projection
//! about 25.5° E, which keeps areas true and Finland's shape familiar, fitted
//! to a viewBox [`WIDTH`] wide, rounded to a tenth of a unit, and points that
//! round onto the previous one are dropped.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

use serde::Deserialize;

/// The boundaries, compiled in.
const TOPOLOGY: &str = include_str!("../../../../data/fi/municipalities_2020.topo.json");

/// The source line shown with the map.
pub const SOURCE: &str =
    "Statistics Finland, municipal boundaries 2020 (CC BY 4.0), simplified by Yleisradio";

/// Sweden's boundaries, compiled in.
const SWEDEN: &str = include_str!("../../../../data/se/municipalities.geojson");

/// The source line shown with Sweden's map.
pub const SOURCE_SWEDEN: &str =
    "Valmyndigheten, municipal boundaries, simplified by the okfse/sweden-geojson project";

/// The central meridian of Sweden's projection.
const CENTRAL_LONGITUDE_SWEDEN: f64 = 16.0;

/// The width of the map's viewBox.
pub const WIDTH: f64 = 400.0;

/// The central meridian of the projection.
const CENTRAL_LONGITUDE: f64 = 25.5;

/// One municipality's shape.
#[derive(Clone, Debug)]
pub struct Shape {
    /// The municipality code (three digits).
    pub code: String,
    /// The Finnish name.
    pub name_fi: String,
    /// The Swedish name.
    pub name_sv: String,
    /// The SVG path.
    pub path: String,
}

/// The decoded map.
#[derive(Clone, Debug)]
pub struct FinlandMap {
    /// The viewBox height (the width is [`WIDTH`]).
    pub height: f64,
    /// The shapes, in the file's order.
    pub shapes: Vec<Shape>,
}

#[derive(Deserialize)]
struct Topology {
    arcs: Vec<Vec<[f64; 2]>>,
    transform: Transform,
    objects: HashMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon {
        arcs: Vec<Vec<i64>>,
        properties: Properties,
    },
    MultiPolygon {
        arcs: Vec<Vec<Vec<i64>>>,
        properties: Properties,
    },
}

#[derive(Deserialize)]
struct Properties {
    id: String,
    nimi: String,
    namn: String,
}

/// The map, decoded on first use.
pub fn finland() -> Result<&'static FinlandMap, &'static str> {
    static MAP: OnceLock<Result<FinlandMap, String>> = OnceLock::new();
    MAP.get_or_init(|| decode(TOPOLOGY))
        .as_ref()
        .map_err(String::as_str)
}

/// Sweden's map, decoded on first use; a shape's Finnish name is empty.
pub fn sweden() -> Result<&'static FinlandMap, &'static str> {
    static MAP: OnceLock<Result<FinlandMap, String>> = OnceLock::new();
    MAP.get_or_init(|| decode_geojson(SWEDEN))
        .as_ref()
        .map_err(String::as_str)
}

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    geometry: GeoGeometry,
    properties: GeoProperties,
}

#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum GeoGeometry {
    Polygon(Vec<Vec<[f64; 2]>>),
    MultiPolygon(Vec<Vec<Vec<[f64; 2]>>>),
}

#[derive(Deserialize)]
struct GeoProperties {
    id: String,
    kom_namn: String,
}

/// A shape's polygons, each a list of rings of projected points.
type Polygons = Vec<Vec<Vec<(f64, f64)>>>;

/// Decodes a GeoJSON collection of municipalities (longitude, latitude;
/// properties `id` and `kom_namn`) into SVG paths, projected like Finland's
/// about Sweden's own meridian.
pub fn decode_geojson(text: &str) -> Result<FinlandMap, String> {
    let collection: FeatureCollection =
        serde_json::from_str(text).map_err(|e| format!("municipal boundaries: {e}"))?;
    let project = |[lon, lat]: [f64; 2]| {
        (
            (lon - CENTRAL_LONGITUDE_SWEDEN) * lat.to_radians().cos(),
            -lat,
        )
    };
    let polygons_of = |feature: &Feature| -> Polygons {
        let polygons: Vec<&Vec<Vec<[f64; 2]>>> = match &feature.geometry {
            GeoGeometry::Polygon(rings) => vec![rings],
            GeoGeometry::MultiPolygon(polygons) => polygons.iter().collect(),
        };
        polygons
            .into_iter()
            .map(|rings| {
                rings
                    .iter()
                    .map(|ring| ring.iter().map(|p| project(*p)).collect())
                    .collect()
            })
            .collect()
    };
    let projected: Vec<(&GeoProperties, Polygons)> = collection
        .features
        .iter()
        .map(|f| (&f.properties, polygons_of(f)))
        .collect();
    let (mut min_x, mut min_y, mut max_x, mut max_y) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in projected
        .iter()
        .flat_map(|(_, p)| p.iter().flatten().flatten())
    {
        min_x = min_x.min(x);
        max_x = max_x.max(x);
        min_y = min_y.min(y);
        max_y = max_y.max(y);
    }
    if !(max_x > min_x && max_y > min_y) {
        return Err("municipal boundaries: no points".into());
    }
    let scale = WIDTH / (max_x - min_x);
    let mut shapes = Vec::with_capacity(projected.len());
    for (properties, polygons) in projected {
        let mut path = String::new();
        for ring in polygons.iter().flatten() {
            let mut last = None;
            let mut written = 0;
            for &(x, y) in ring {
                let rounded = (
                    ((x - min_x) * scale * 10.0).round() as i64,
                    ((y - min_y) * scale * 10.0).round() as i64,
                );
                if last == Some(rounded) {
                    continue;
                }
                last = Some(rounded);
                let command = match written {
                    0 => "M",
                    1 => "L",
                    _ => " ",
                };
                let _ = write!(path, "{command}{} {}", tenths(rounded.0), tenths(rounded.1));
                written += 1;
            }
            if written > 0 {
                path.push('Z');
            }
        }
        shapes.push(Shape {
            code: properties.id.clone(),
            name_fi: String::new(),
            name_sv: properties.kom_namn.clone(),
            path,
        });
    }
    Ok(FinlandMap {
        height: ((max_y - min_y) * scale).ceil(),
        shapes,
    })
}

fn project(lon: f64, lat: f64) -> (f64, f64) {
    let x = (lon - CENTRAL_LONGITUDE) * lat.to_radians().cos();
    (x, -lat)
}

/// Decodes a TopoJSON topology of municipalities into SVG paths.
pub fn decode(text: &str) -> Result<FinlandMap, String> {
    let topology: Topology =
        serde_json::from_str(text).map_err(|e| format!("municipal boundaries: {e}"))?;
    let [sx, sy] = topology.transform.scale;
    let [tx, ty] = topology.transform.translate;
    // Each arc's absolute, projected points.
    let arcs: Vec<Vec<(f64, f64)>> = topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    project(x * sx + tx, y * sy + ty)
                })
                .collect()
        })
        .collect();
    let (mut min_x, mut min_y, mut max_x, mut max_y) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in arcs.iter().flatten() {
        min_x = min_x.min(x);
        max_x = max_x.max(x);
        min_y = min_y.min(y);
        max_y = max_y.max(y);
    }
    if !(max_x > min_x && max_y > min_y) {
        return Err("municipal boundaries: no points".into());
    }
    let scale = WIDTH / (max_x - min_x);
    let fit = |(x, y): (f64, f64)| ((x - min_x) * scale, (y - min_y) * scale);
    let ring_path = |ring: &[i64], out: &mut String| -> Result<(), String> {
        let mut points: Vec<(f64, f64)> = Vec::new();
        for &index in ring {
            let (arc, reversed) = if index < 0 {
                (!index, true)
            } else {
                (index, false)
            };
            let arc = usize::try_from(arc)
                .ok()
                .and_then(|i| arcs.get(i))
                .ok_or_else(|| format!("municipal boundaries: no arc {index}"))?;
            let mut part: Vec<(f64, f64)> = arc.clone();
            if reversed {
                part.reverse();
            }
            // Consecutive arcs share their joining point.
            let skip = usize::from(!points.is_empty());
            points.extend(part.into_iter().skip(skip));
        }
        let mut last = None;
        let mut written = 0;
        for point in points {
            let (x, y) = fit(point);
            let rounded = ((x * 10.0).round() as i64, (y * 10.0).round() as i64);
            if last == Some(rounded) {
                continue;
            }
            last = Some(rounded);
            let command = match written {
                0 => "M",
                1 => "L",
                _ => " ",
            };
            let _ = write!(out, "{command}{} {}", tenths(rounded.0), tenths(rounded.1));
            written += 1;
        }
        out.push('Z');
        Ok(())
    };
    let mut shapes = Vec::new();
    for collection in topology.objects.values() {
        for geometry in &collection.geometries {
            let (polygons, properties): (Vec<&Vec<Vec<i64>>>, &Properties) = match geometry {
                Geometry::Polygon { arcs, properties } => (vec![arcs], properties),
                Geometry::MultiPolygon { arcs, properties } => (arcs.iter().collect(), properties),
            };
            let mut path = String::new();
            for polygon in polygons {
                for ring in polygon {
                    let mut part = String::new();
                    ring_path(ring, &mut part)?;
                    path.push_str(&part);
                }
            }
            shapes.push(Shape {
                code: properties.id.clone(),
                name_fi: properties.nimi.clone(),
                name_sv: properties.namn.clone(),
                path,
            });
        }
    }
    Ok(FinlandMap {
        height: ((max_y - min_y) * scale).ceil(),
        shapes,
    })
}

/// A coordinate in tenths as text: `123.4`, `5`.
fn tenths(value: i64) -> String {
    let sign = if value < 0 { "-" } else { "" };
    let value = value.abs();
    if value % 10 == 0 {
        format!("{sign}{}", value / 10)
    } else {
        format!("{sign}{}.{}", value / 10, value % 10)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_shape_of_the_shipped_boundaries_becomes_a_closed_path() {
        let map = finland().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(map.shapes.len(), 310);
        assert!(
            map.height > WIDTH,
            "Finland is taller than wide: {}",
            map.height
        );
        let helsinki = map.shapes.iter().find(|s| s.code == "091");
        assert_eq!(helsinki.map(|s| s.name_sv.as_str()), Some("Helsingfors"));
        for shape in &map.shapes {
            assert!(
                shape.path.starts_with('M') && shape.path.ends_with('Z'),
                "{}",
                shape.code
            );
            // Every coordinate lies inside the viewBox.
            let numbers = shape
                .path
                .split(['M', 'L', 'Z', ' '])
                .filter(|p| !p.is_empty())
                .map(|p| p.parse::<f64>().unwrap_or(f64::NAN));
            for (index, number) in numbers.enumerate() {
                let limit = if index % 2 == 0 { WIDTH } else { map.height };
                assert!(
                    (0.0..=limit + 0.1).contains(&number),
                    "{}: {number}",
                    shape.code
                );
            }
        }
    }

    #[test]
    fn every_swedish_municipality_has_a_closed_shape_on_the_map() {
        let map = sweden().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(map.shapes.len(), 290);
        assert!(map.height > WIDTH, "Sweden is taller than wide");
        let stockholm = map.shapes.iter().find(|s| s.code == "0180");
        assert_eq!(stockholm.map(|s| s.name_sv.as_str()), Some("Stockholm"));
        let codes: HashSet<&str> = map.shapes.iter().map(|s| s.code.as_str()).collect();
        assert_eq!(codes.len(), 290, "one shape per municipality");
        for shape in &map.shapes {
            assert!(
                shape.path.starts_with('M') && shape.path.ends_with('Z'),
                "{}",
                shape.code
            );
        }
        // Kiruna lies north of Malmö: smaller y.
        let y_of = |code: &str| {
            map.shapes
                .iter()
                .find(|s| s.code == code)
                .and_then(|s| s.path[1..].split([' ', 'L']).nth(1))
                .and_then(|y| y.parse::<f64>().ok())
                .unwrap_or(f64::NAN)
        };
        assert!(y_of("2584") < y_of("1280"), "Kiruna north of Malmö");
    }

    #[test]
    fn arcs_are_decoded_from_deltas_and_reversed_by_complement() {
        // A unit square split into two arcs; the second ring walks the first arc backwards.
        let text = r#"{"type":"Topology","transform":{"scale":[1,1],"translate":[25.5,60]},
            "arcs":[[[0,0],[1,0],[0,1]],[[1,1],[-1,0],[0,-1]]],
            "objects":{"m":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","arcs":[[0,1]],"properties":{"id":"001","nimi":"A","namn":"A"}},
              {"type":"Polygon","arcs":[[-1]],"properties":{"id":"002","nimi":"B","namn":"B"}}]}}}"#;
        let map = decode(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(map.shapes.len(), 2);
        let count = |path: &str| path.split(' ').count();
        // Square: four corners and back to the start, each point once.
        assert_eq!(count(&map.shapes[0].path), 9, "{}", map.shapes[0].path);
        assert!(map.shapes[1].path.starts_with('M'));
        assert!(decode("{}").is_err());
    }
}
