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

package com.cloud.utils.crypt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.cloud.utils.exception.CloudRuntimeException;

/**
 * AES-256-GCM over text. The key is SHA-256 of the secret (as CloudStack's AEAD encryptor derives
 * it); each value gets a random 96-bit nonce; the version prefix is authenticated as associated
 * data, so a value cannot be passed off as another format version.
 */
final class AesGcmTextCipher {
    static final String VERSION = "v1";
    private static final String PREFIX = VERSION + ":";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final byte[] secretDigest;

    AesGcmTextCipher(String secret) {
        try {
            secretDigest = MessageDigest.getInstance("SHA-256").digest(("check:" + secret).getBytes(StandardCharsets.UTF_8));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            key = new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new CloudRuntimeException("AES-GCM is not available", e);
        }
    }

    /** Whether this cipher was made from that secret (compared by digest; the secret is not kept). */
    boolean isFor(String secret) {
        try {
            return MessageDigest.isEqual(secretDigest, MessageDigest.getInstance("SHA-256").digest(("check:" + secret).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(PREFIX.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new CloudRuntimeException("Unable to encrypt a database value", e);
        }
    }

    String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new CloudRuntimeException("Unable to decrypt a database value: not in the " + VERSION + " format");
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new CloudRuntimeException("Unable to decrypt a database value: malformed base64");
        }
        if (in.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new CloudRuntimeException("Unable to decrypt a database value: too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(PREFIX.getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            // no value in the message: it may be a secret
            throw new CloudRuntimeException("Unable to decrypt a database value: authentication failed (wrong secret or tampered data)");
        } catch (GeneralSecurityException e) {
            throw new CloudRuntimeException("Unable to decrypt a database value", e);
        }
    }
}
