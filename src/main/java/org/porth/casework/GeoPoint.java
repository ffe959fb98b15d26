package org.porth.casework;

/**
 * A point on the Earth in WGS84 decimal degrees, as the gazetteer and location answers give it.
 * Distances are great-circle (haversine) on a sphere of the Earth's mean radius: within a few
 * centimetres of the ellipsoid's over the tens of metres a duplicate is looked for across.
 */
public record GeoPoint(double latitude, double longitude) {

    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public double metresTo(GeoPoint other) {
        double dLatitude = Math.toRadians(other.latitude - latitude);
        double dLongitude = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLatitude / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLongitude / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The point the given metres east and north of this one (negative: west, south). */
    public GeoPoint moved(double east, double north) {
        return new GeoPoint(latitude + Math.toDegrees(north / EARTH_RADIUS_METRES),
                longitude + Math.toDegrees(east / (EARTH_RADIUS_METRES * Math.cos(Math.toRadians(latitude)))));
    }
}
