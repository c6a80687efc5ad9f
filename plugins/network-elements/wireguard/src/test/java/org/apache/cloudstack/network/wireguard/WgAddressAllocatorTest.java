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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WgAddressAllocatorTest {

    private final WgAddressAllocator allocator = new WgAddressAllocator();

    @Test
    void serverTakesTheFirstHostAddress() {
        assertEquals("10.8.0.1", allocator.serverAddress(WgCidr.parse("10.8.0.0/24")));
        assertEquals("2001:db8:800::1", allocator.serverAddress(WgCidr.parse("2001:db8:800::/64")));
    }

    @Test
    void usersGetTheLowestFreeAddressAndFreedAddressesAreReused() {
        WgCidr range = WgCidr.parse("10.8.0.0/24");

        assertEquals("10.8.0.2", allocator.allocate(range, List.of()));
        assertEquals("10.8.0.3", allocator.allocate(range, List.of("10.8.0.2")));
        assertEquals("10.8.0.2", allocator.allocate(range, List.of("10.8.0.3", "10.8.0.4")));
    }

    @Test
    void aSmallRangeRunsOutAfterItsHostAddresses() {
        WgCidr range = WgCidr.parse("10.8.0.0/29");
        List<String> used = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            used.add(allocator.allocate(range, used));
        }

        assertEquals(List.of("10.8.0.2", "10.8.0.3", "10.8.0.4", "10.8.0.5", "10.8.0.6"), used);
        assertNull(allocator.allocate(range, used));
    }

    @Test
    void ip6AddressesAreWrittenInTheirShortForm() {
        WgCidr range = WgCidr.parse("2001:db8:800::/120");

        assertEquals("2001:db8:800::2", allocator.allocate(range, List.of()));
        assertEquals("2001:db8:800::/120", range.toString());
        assertEquals(BigInteger.valueOf(255), range.hostCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.8.0.1/24", "10.8.0.0", "10.8.0.0/33", "10.8.0/24", "localhost/24", "10.8.0.0/24/1", "2001:db8::1/64", "10.8.0.0/-1", "300.8.0.0/24",
        "10.8.0.0/ 24", "10.8.0.0/24\n"})
    void rejectsAnythingButACleanCidr(String text) {
        assertNull(WgCidr.parse(text));
    }

    @Test
    void detectsOverlappingRanges() {
        assertTrue(WgCidr.parse("10.1.0.0/16").overlaps(WgCidr.parse("10.1.1.0/24")));
        assertTrue(WgCidr.parse("10.1.1.0/24").overlaps(WgCidr.parse("10.1.0.0/16")));
        assertFalse(WgCidr.parse("10.1.1.0/24").overlaps(WgCidr.parse("10.1.2.0/24")));
        assertFalse(WgCidr.parse("10.1.1.0/24").overlaps(WgCidr.parse("2001:db8::/64")));
    }
}
