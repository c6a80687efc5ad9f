// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.devcloud.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The request signature of CloudStack's API-key path (ApiServer.verifyRequest): every parameter but
 * {@code signature}, names sorted in Java's natural order and kept as sent, values through
 * {@link URLEncoder} with {@code +} turned into {@code %20}, the whole string lower-cased, HMAC-SHA1
 * with the secret key, standard Base64.
 */
public final class ApiRequestSigner {

    public static final String SIGNATURE = "signature";
    public static final String API_KEY = "apikey";
    public static final String SIGNATURE_VERSION = "signatureversion";
    public static final String EXPIRES = "expires";

    private static final List<DateTimeFormatter> EXPIRES_FORMATS = List.of(
        DateTimeFormatter.ISO_OFFSET_DATE_TIME,
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSSSSS][.SSS]xx", Locale.ROOT),
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSSSSS][.SSS]X", Locale.ROOT));

    private ApiRequestSigner() {
    }

    /**
     * The string CloudStack signs, before lower-casing.
     *
     * @param keepTilde true to leave {@code ~} unencoded, as {@code cs} and {@code cmk} do (their
     *        signatures for values holding a tilde differ from Java's rule)
     */
    public static String unsignedRequest(Map<String, String> params, boolean keepTilde) {
        List<String> names = new ArrayList<>();
        for (String name : params.keySet()) {
            if (!SIGNATURE.equalsIgnoreCase(name)) {
                names.add(name);
            }
        }
        Collections.sort(names);
        StringBuilder sb = new StringBuilder();
        for (String name : names) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            String value = params.get(name);
            String encoded = URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
            if (keepTilde) {
                encoded = encoded.replace("%7E", "~");
            }
            sb.append(name).append('=').append(encoded);
        }
        return sb.toString();
    }

    public static String sign(String unsignedRequest, String secretKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(unsignedRequest.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /**
     * Whether the signature matches the request under Java's encoding or, for values holding a
     * {@code ~}, under the encoding {@code cs} and {@code cmk} use. Compared in constant time.
     */
    public static boolean verify(Map<String, String> params, String secretKey, String signature) {
        if (signature == null || secretKey == null) {
            return false;
        }
        byte[] given = signature.getBytes(StandardCharsets.UTF_8);
        String strict = unsignedRequest(params, false);
        boolean match = MessageDigest.isEqual(given, sign(strict, secretKey).getBytes(StandardCharsets.UTF_8));
        String lenient = unsignedRequest(params, true);
        if (!lenient.equals(strict)) {
            match |= MessageDigest.isEqual(given, sign(lenient, secretKey).getBytes(StandardCharsets.UTF_8));
        }
        return match;
    }

    /**
     * Parses {@code expires} as CloudStack's DateUtil does: ISO offset date-time ({@code Z},
     * {@code +00:00}), {@code yyyy-MM-dd'T'HH:mm:ssZ} ({@code +0000}) and those with fractions.
     *
     * @return the instant, or null when no format fits
     */
    public static Date parseExpires(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        for (DateTimeFormatter format : EXPIRES_FORMATS) {
            try {
                return Date.from(OffsetDateTime.parse(trimmed, format).toInstant());
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return null;
    }
}
