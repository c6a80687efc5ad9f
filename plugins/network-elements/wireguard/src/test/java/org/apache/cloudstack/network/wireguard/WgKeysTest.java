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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.cloud.exception.InvalidParameterValueException;

class WgKeysTest {

    private final WgKeys keys = new WgKeys();

    private static String hexKey(String hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }

    @Test
    void generatedPublicKeyIsWhatWgPubkeyDerives() throws Exception {
        assumeTrue(RealTools.available("wg"), "wg is not installed");
        for (int i = 0; i < 5; i++) {
            WgKeys.KeyPair pair = keys.generateKeyPair();

            String fromWg = RealTools.runOk(List.of("wg", "pubkey"), pair.getPrivateKey()).trim();

            assertEquals(fromWg, pair.getPublicKey());
        }
    }

    @Test
    void derivesTheSamePublicKeyAsWgForKeysWgGenerated() throws Exception {
        assumeTrue(RealTools.available("wg"), "wg is not installed");
        String privateKey = RealTools.runOk(List.of("wg", "genkey"), null).trim();

        String fromWg = RealTools.runOk(List.of("wg", "pubkey"), privateKey).trim();

        assertEquals(fromWg, keys.publicKeyOf(privateKey));
    }

    @Test
    void generatedPrivateKeysAreClampedAsWgShowconfPrintsThem() {
        byte[] key = Base64.getDecoder().decode(keys.generateKeyPair().getPrivateKey());

        assertEquals(32, key.length);
        assertEquals(0, key[0] & 7);
        assertEquals(64, key[31] & 0xc0);
    }

    @Test
    void presharedKeysAre32RandomBytes() {
        String psk = keys.generatePresharedKey();

        assertEquals(44, psk.length());
        assertEquals(32, Base64.getDecoder().decode(psk).length);
        assertNotEquals(psk, keys.generatePresharedKey());
    }

    @Test
    void acceptsAKeyWgMade() throws Exception {
        assumeTrue(RealTools.available("wg"), "wg is not installed");
        String publicKey = RealTools.runOk(List.of("wg", "pubkey"), RealTools.runOk(List.of("wg", "genkey"), null)).trim();

        keys.validatePublicKey(publicKey, "publickey");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "Al3RMuTlHKRNWHYJr8DNf2ZAgpIe7VkQnxlww9oGBV=", "Al3RMuTlHKRNWHYJr8DNf2ZAgpIe7VkQnxlww9oGBVM==",
        "Al3RMuTlHKRNWHYJr8DNf2ZAgpIe7VkQnxlww9oGB!M=", " l3RMuTlHKRNWHYJr8DNf2ZAgpIe7VkQnxlww9oGBVM=", "Al3RMuTlHKRNWHYJr8DNf2ZAgpIe7VkQnxlww9oGBV\n=",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="})
    void rejectsMalformedKeysWithAClearMessage(String key) {
        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class, () -> keys.validatePublicKey(key, "publickey"));

        assertTrue(e.getMessage().startsWith("Invalid publickey: a WireGuard key is 44 characters of base64"), e.getMessage());
    }

    @Test
    void rejectsANullKey() {
        assertThrows(InvalidParameterValueException.class, () -> keys.validatePublicKey(null, "publickey"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"})
    void rejectsAllZeroAndLowOrderKeys(String hex) {
        InvalidParameterValueException e = assertThrows(InvalidParameterValueException.class, () -> keys.validatePublicKey(hexKey(hex), "publickey"));

        assertTrue(e.getMessage().contains("low-order"), e.getMessage());
    }
}
