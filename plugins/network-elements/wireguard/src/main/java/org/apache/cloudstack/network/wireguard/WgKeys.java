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
package org.apache.cloudstack.network.wireguard;

import java.security.SecureRandom;
import java.util.Base64;

import org.bouncycastle.math.ec.rfc7748.X25519;

import com.cloud.exception.InvalidParameterValueException;

/**
 * WireGuard keys: Curve25519 key pairs and preshared keys as {@code wg genkey}, {@code wg pubkey} and
 * {@code wg genpsk} make them (32 bytes, standard padded base64, 44 characters; private keys clamped
 * so they match {@code wg showconf} byte for byte), and the checks a peer's public key must pass.
 */
public class WgKeys {

    public static final int KEY_LENGTH = 32;
    public static final int ENCODED_LENGTH = 44;

    // Any clamped scalar is a multiple of the cofactor 8, so it maps every point of small order (and the
    // all-zero key) to zero: a key whose product with it is zero can never complete a handshake.
    private static final byte[] PROBE_SCALAR = clamp(new byte[] {
        0x77, 0x07, 0x6d, 0x0a, 0x73, 0x18, (byte)0xa5, 0x7d, 0x3c, 0x16, (byte)0xc1, 0x72, 0x51, (byte)0xb2, 0x66, 0x45,
        (byte)0xdf, 0x4c, 0x2f, (byte)0x87, (byte)0xeb, (byte)0xc0, (byte)0x99, 0x2a, (byte)0xb1, 0x77, (byte)0xfb, (byte)0xa5, 0x1d, (byte)0xb9, 0x2c, 0x2a});

    private final SecureRandom random;

    /** A private and public key, base64. */
    public static final class KeyPair {
        private final String privateKey;
        private final String publicKey;

        KeyPair(String privateKey, String publicKey) {
            this.privateKey = privateKey;
            this.publicKey = publicKey;
        }

        public String getPrivateKey() {
            return privateKey;
        }

        public String getPublicKey() {
            return publicKey;
        }
    }

    public WgKeys() {
        this(new SecureRandom());
    }

    WgKeys(SecureRandom random) {
        this.random = random;
    }

    private static byte[] clamp(byte[] key) {
        key[0] &= (byte)248;
        key[31] &= (byte)127;
        key[31] |= (byte)64;
        return key;
    }

    public KeyPair generateKeyPair() {
        byte[] privateKey = new byte[KEY_LENGTH];
        random.nextBytes(privateKey);
        clamp(privateKey);
        return new KeyPair(encode(privateKey), encode(publicKeyBytes(privateKey)));
    }

    /** {@code wg genpsk}: 32 random bytes. */
    public String generatePresharedKey() {
        byte[] psk = new byte[KEY_LENGTH];
        random.nextBytes(psk);
        return encode(psk);
    }

    /** {@code wg pubkey}. The private key is clamped first, as wg does. */
    public String publicKeyOf(String privateKey) {
        byte[] key = decode(privateKey);
        if (key == null) {
            throw new IllegalArgumentException("not a WireGuard key");
        }
        return encode(publicKeyBytes(clamp(key)));
    }

    private static byte[] publicKeyBytes(byte[] clampedPrivateKey) {
        byte[] publicKey = new byte[KEY_LENGTH];
        X25519.scalarMultBase(clampedPrivateKey, 0, publicKey, 0);
        return publicKey;
    }

    private static String encode(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    /** @return the 32 key bytes, or null when the text is not a 44-character base64 key */
    static byte[] decode(String key) {
        if (key == null || key.length() != ENCODED_LENGTH) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(key);
            return bytes.length == KEY_LENGTH ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A peer's public key: 44-character base64 of 32 bytes and not one of the low-order points
     * (all-zero among them) whose Diffie-Hellman result is zero; the kernel accepts those but the
     * handshake never completes.
     *
     * @param what how the message names the key, e.g. "publickey"
     */
    public void validatePublicKey(String key, String what) {
        byte[] bytes = decode(key == null ? null : key.trim());
        if (bytes == null || !key.equals(key.trim())) {
            throw new InvalidParameterValueException("Invalid " + what + ": a WireGuard key is 44 characters of base64 encoding 32 bytes (as 'wg pubkey' prints it)");
        }
        byte[] shared = new byte[KEY_LENGTH];
        X25519.scalarMult(PROBE_SCALAR, 0, bytes, 0, shared, 0);
        int acc = 0;
        for (byte b : shared) {
            acc |= b;
        }
        if (acc == 0) {
            throw new InvalidParameterValueException("Invalid " + what + ": the key is a low-order (weak) Curve25519 point, with which no handshake can complete");
        }
    }
}
