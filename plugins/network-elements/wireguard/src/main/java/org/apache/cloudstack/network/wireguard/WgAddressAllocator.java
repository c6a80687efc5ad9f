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

import java.math.BigInteger;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Picks tunnel addresses: the server takes the first host address of a range, users the lowest host
 * address not in use (so addresses freed by deleted users are handed out again). Pure arithmetic; the
 * manager calls it with the VPN row locked, so two requests cannot pick the same address.
 */
public class WgAddressAllocator {

    /** The server's address in a range: its first host address. */
    public String serverAddress(WgCidr range) {
        return range.host(1);
    }

    /**
     * @param used addresses already held by users of the VPN
     * @return the lowest free user address, or null when the range is exhausted
     */
    public String allocate(WgCidr range, Collection<String> used) {
        Set<Long> taken = new HashSet<>();
        for (String address : used) {
            long index = range.indexOf(address);
            if (index > 0) {
                taken.add(index);
            }
        }
        BigInteger hosts = range.hostCount();
        // index 1 is the server's; an IPv6 range may have more hosts than a long can count, but no VPN
        // gets anywhere near that many users, so the search is bounded by the users present.
        long limit = hosts.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : hosts.longValue();
        for (long index = 2; index <= limit; index++) {
            if (!taken.contains(index)) {
                return range.host(index);
            }
        }
        return null;
    }
}
