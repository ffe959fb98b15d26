package org.porth.insight.demo;

import java.util.SplittableRandom;

import org.porth.catalogue.Channel;

/**
 * The channel a request came by. Over the year the web grows from 45 % to 70 % of working-day
 * requests as residents move online, taking the phone from 35 % to 15 % and face to face from 12 %
 * to 7 %; partners' apps and Open311 (the API) keep 8 %. On weekends and bank holidays the offices
 * are shut: only the web and the API.
 */
final class ChannelMix {

    private ChannelMix() {
    }

    /** @param progress how far through the year, 0 to 1 */
    static Channel pick(SplittableRandom random, double progress, boolean workingDay) {
        double web = share(0.45, 0.70, progress);
        double phone = share(0.35, 0.15, progress);
        double faceToFace = share(0.12, 0.07, progress);
        double api = 0.08;
        if (!workingDay) {
            phone = 0;
            faceToFace = 0;
        }
        double draw = random.nextDouble() * (web + phone + faceToFace + api);
        if (draw < web) {
            return Channel.WEB;
        }
        if (draw < web + phone) {
            return Channel.PHONE;
        }
        return draw < web + phone + faceToFace ? Channel.FACE_TO_FACE : Channel.API;
    }

    static double share(double start, double end, double progress) {
        return start + (end - start) * progress;
    }
}
